import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, cameraAtRest, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LAPTOP = { width: 1366, height: 768 };
const SCREENS = process.env.SCREENS_DIR;

/**
 * Every drawn node whose box is under something floating over the map (legend, minimap, zoom
 * buttons, an open panel) or outside the map's pane, with what covers it.
 */
function coveredNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const covers = [...document.querySelectorAll('.legend, .react-flow__minimap, .picture-minimap, .react-flow__controls, .session-panel')].map((el) => ({
      name: el.getAttribute('aria-label') ?? el.className,
      r: el.getBoundingClientRect(),
    }));
    const problems: string[] = [];
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const label = el.getAttribute('aria-label') ?? '?';
      if (r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom) problems.push(`${label} is outside the map`);
      for (const c of covers) {
        if (r.left < c.r.right && r.right > c.r.left && r.top < c.r.bottom && r.bottom > c.r.top) problems.push(`${label} is under ${c.name}`);
      }
    }
    return problems;
  });
}

const zoom = (page: Page) => page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]));
const nodeCount = (page: Page) => page.locator('.react-flow__node').count();

/** Fit map, then wait for the camera to settle. */
async function fit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit map' }).click();
  await cameraAtRest(page);
}

describe('a 1366×768 laptop screen', () => {
  it('fits the map into the part no panel covers, with every panel combination', async () => {
    const { context, page } = await openApp(browser, LAPTOP);
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    const total = 64;

    await fit(page);
    expect(await nodeCount(page)).toBe(total);
    expect(await coveredNodes(page), 'legend and minimap').toEqual([]);
    // Avoiding the minimap in its corner does not shrink the map to nothing (it once fell to 0.2, nameless).
    expect(await zoom(page)).toBeGreaterThan(0.22);
    await expect.poll(() => page.locator('.react-flow__node .map-node__name').evaluateAll((names) => names.filter((n) => n.checkVisibility()).length)).toBeGreaterThanOrEqual(8);
    if (SCREENS) await page.screenshot({ path: `${SCREENS}/laptop-fitted.png` });

    // A lens makes the legend longer.
    await page.getByRole('button', { name: /^Lens/ }).click();
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ index: 2 });
    await page.keyboard.press('Escape');
    await fit(page);
    expect(await coveredNodes(page), 'with a lens').toEqual([]);

    // Gap analysis and Details both open, with a finding chosen: the "Showing:" bar is whole.
    await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
    await page.locator('.react-flow__node').first().click();
    await fit(page);
    expect(await coveredNodes(page), 'with gap analysis and details').toEqual([]);
    await page.getByRole('region', { name: 'Gap analysis' }).getByRole('button', { name: /relies on one safe disclosure space/ }).first().click();
    const bar = page.getByRole('status').filter({ hasText: 'Showing:' });
    await bar.waitFor();
    expect(await bar.evaluate((el) => [...el.querySelectorAll('*')].every((c) => c.scrollWidth <= c.clientWidth + 1))).toBe(true);
    expect(await page.getByRole('button', { name: 'Show everything' }).isVisible()).toBe(true);
    await fit(page);
    expect(await coveredNodes(page), 'with a finding shown').toEqual([]);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();

    // The dot-voting panel: opening it moves the map clear of it.
    await page.getByRole('button', { name: 'Session', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Dot voting…' }).click();
    await page.getByRole('region', { name: 'Dot voting' }).waitFor();
    await expect.poll(() => coveredNodes(page)).toEqual([]);
    expect(await nodeCount(page)).toBe(total);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it("outlines the screen's part of the map on the minimap, fitted and zoomed in", async () => {
    const { context, page } = await openApp(browser, LAPTOP);
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    const minimap = page.getByRole('img', { name: 'Overview of the whole map' });
    const frame = minimap.locator('.picture-minimap__frame');
    const boxes = async () => ({ map: (await minimap.boundingBox())!, frame: (await frame.boundingBox())! });
    await fit(page);
    // Fitted, the whole map is on screen: the outline is round (nearly) all of the minimap, not a line at its foot.
    let { map, frame: f } = await boxes();
    expect(f.width).toBeGreaterThan(map.width * 0.8);
    expect(f.height).toBeGreaterThan(map.height * 0.8);
    if (SCREENS) await minimap.screenshot({ path: `${SCREENS}/minimap-fitted.png` });
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await cameraAtRest(page);
    ({ map, frame: f } = await boxes());
    // Zoomed in, a smaller outline inside the minimap, the screen's shape.
    expect(f.width).toBeLessThan(map.width * 0.8);
    expect(f.width).toBeGreaterThan(20);
    expect(f.height).toBeGreaterThan(12);
    expect(f.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(f.y).toBeGreaterThanOrEqual(map.y - 1);
    expect(f.x + f.width).toBeLessThanOrEqual(map.x + map.width + 1);
    expect(f.y + f.height).toBeLessThanOrEqual(map.y + map.height + 1);
    if (SCREENS) await minimap.screenshot({ path: `${SCREENS}/minimap-zoomed.png` });
    await context.close();
  });

  it('fits four new nodes at no more than their natural size', async () => {
    const { context, page } = await openApp(browser, LAPTOP);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Four');
    await page.getByRole('button', { name: 'Create map' }).click();
    for (const kind of ['person', 'organisation', 'space', 'project']) {
      await page.getByRole('button', { name: `Add ${kind}` }).click();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => nodeCount(page)).toBe(4);
    await fit(page);
    expect(await zoom(page)).toBeLessThanOrEqual(1);
    expect(await coveredNodes(page)).toEqual([]);
    await context.close();
  });
});
