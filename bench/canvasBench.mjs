// Measures the editor canvas with a large map in Debian's Chromium: time to open, frame
// times while dragging a node and while panning, and main-thread long tasks.
import { launchBenchBrowser } from './benchBrowser.mjs';
import { frameStats } from './frameStats.mjs';
import { generateSnapshot } from './generateMap.mjs';

export async function benchCanvas(appUrl, { nodes, links }) {
  const browser = await launchBenchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    const snapshot = generateSnapshot({ nodes, links, seed: 7 });
    const started = Date.now();
    await page.evaluate((s) => window.goodHelpMap.openSnapshot(s), snapshot);
    const storeMs = Date.now() - started;
    // Fitted to the screen, a big map is drawn as one overview picture rather than DOM nodes.
    await page.locator('.react-flow__node, .map-picture.is-visible[data-drawn]').first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const openMs = Date.now() - started;

    // Zoom in to working distance (names readable), then drag one node for 90 frames.
    await page.evaluate(() => document.querySelector('.react-flow__pane')?.focus());
    const zoom = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);
    for (let i = 0; i < 20 && (await zoom()) < 0.5; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(400);
    const renderedNodes = await page.locator('.react-flow__node').count();
    const node = page.locator('.react-flow__node').nth(Math.floor(renderedNodes / 2));
    const box = await node.boundingBox();
    const drag = await frameStats(page, async () => {
      await page.mouse.move(box.x + 30, box.y + 20);
      await page.mouse.down();
      for (let i = 0; i < 90; i++) await page.mouse.move(box.x + 30 + i * 3, box.y + 20 + Math.sin(i / 8) * 40);
      await page.mouse.up();
    });

    // Fit the whole map (zoomed out: the overview picture on big maps) and pan across it.
    await page.getByRole('button', { name: 'Fit map' }).click();
    await page.waitForTimeout(600);
    const pan = await frameStats(page, async () => {
      const pane = await page.locator('.react-flow__pane').boundingBox();
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(pane.x + pane.width / 2 - i * 6, pane.y + pane.height / 2 - i * 3);
      await page.mouse.up();
    });
    const renderedZoomedOut = await page.locator('.react-flow__node').count();
    return { nodes, links, storeMs, openMs, renderedNodes, renderedZoomedOut, drag, pan };
  } finally {
    await browser.close();
  }
}
