import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { launchBrowser } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WAIT = { timeout: 15_000 };
/** A drawing asked of one of the map's workers (by its name), when, and the DOM's state then. */
type Asked = { worker: string; at: number; mounting: boolean };
const domNodes = (page: Page) => page.locator('.react-flow__node-mapNode').count();
const pictureLevel = (page: Page) => page.locator('.map-canvas.is-picture').count();
const pictureShown = (page: Page) => page.locator('.map-picture.is-visible[data-drawn]').count();
const asked = (page: Page) => page.evaluate(() => (window as unknown as { asked: Asked[] }).asked);
const zoom = (page: Page) => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
const now = (page: Page) => page.evaluate(() => performance.now());
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * On a two-core laptop every drawing a worker is asked for takes a core from the page; these
 * are the drawings the camera's moves must not ask for (MapPicture.tsx, LinkCanvas.tsx).
 */
describe('work kept for the camera at rest, on a big map', () => {
  it('is not begun by a gesture, waits for the DOM nodes to mount, and the dotted ground is drawn off the page’s thread', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      const log: Asked[] = [];
      (window as unknown as { asked: Asked[] }).asked = log;
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          const post = this.postMessage.bind(this);
          this.postMessage = ((message: { type?: string; id?: number }, transfer?: Transferable[]) => {
            const drawing = options?.name === 'Map picture' ? message?.type === 'draw' : options?.name === 'Map links' || options?.name === 'Map ground';
            // Mounting: the picture still stands in for DOM nodes at rest that are not all there yet.
            if (drawing) log.push({ worker: options!.name!, at: performance.now(), mounting: document.querySelector('.map-canvas.is-gesture') !== null });
            post(message, transfer ?? []);
          }) as Worker['postMessage'];
        }
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(inject('appUrl'));
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    const snapshot = generateSnapshot({ nodes: 3000, links: 9000, seed: 5 });
    await page.evaluate((s) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(s), snapshot);
    await expect.poll(() => pictureShown(page), WAIT).toBe(1);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);

    const zoomedIn = await now(page);
    // Wheel in past the switch to the DOM nodes, to a zoom where the dots are seen, and come to rest there.
    for (let i = 0; i < 60 && ((await pictureLevel(page)) === 1 || (await zoom(page)) < 0.5); i++) {
      await page.mouse.wheel(0, -120);
      await frames(page);
    }
    await expect.poll(() => domNodes(page), WAIT).toBeGreaterThan(20);
    await page.locator('.map-canvas:not(.is-gesture)').waitFor(WAIT);
    // The app's idle work for this rest (the picture kept for the next gesture) is asked for
    // first: idle callbacks run in the order they were asked for.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 5000 })));
    // A pan past the DOM nodes' window (0.15 of the pane beyond each edge), so that others mount
    // a slice a frame once the camera rests, but within what the picture kept at rest covers
    // (0.3 of the pane), so none is drawn mid-pan.
    const panned = await now(page);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width / 2 - 0.22 * Math.max(pane.width, pane.height), pane.y + pane.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => (await asked(page)).some((a) => a.at > panned && a.mounting), WAIT).toBe(true);
    await page.locator('.map-canvas:not(.is-gesture)').waitFor(WAIT);
    // The picture kept for the next gesture is drawn for where the camera came to rest once the
    // DOM nodes are all there, not while they mount (its drawing took a core from the mounting);
    // the links are drawn as they mount.
    await expect.poll(async () => (await asked(page)).filter((a) => a.worker === 'Map picture' && a.at > panned).length, WAIT).toBeGreaterThan(0);
    const atRest = (await asked(page)).filter((a) => a.at > panned);
    expect(atRest.filter((a) => a.worker === 'Map picture' && a.mounting)).toEqual([]);
    expect(atRest.some((a) => a.worker === 'Map links' && a.mounting)).toBe(true);
    // The dots are seen at this zoom: drawn by their worker, and on screen.
    await expect.poll(async () => (await asked(page)).filter((a) => a.worker === 'Map ground' && a.at > zoomedIn).length, WAIT).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => ((c) => (c ? { shown: getComputedStyle(c).display !== 'none' && getComputedStyle(c).visibility !== 'hidden', width: c.width } : null))(document.querySelector<HTMLCanvasElement>('.map-dots'))), WAIT)
      .toEqual({ shown: true, width: expect.any(Number) });
    expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('.map-dots')!.width)).toBeGreaterThan(1440);

    // A gesture that starts here asks no worker for anything in its first frames: the picture
    // kept at rest covers it, and the links are not drawn for a camera in motion.
    await page.waitForTimeout(300);
    const before = (await asked(page)).length;
    await page.mouse.wheel(0, 40);
    await frames(page);
    await frames(page);
    expect((await asked(page)).slice(before)).toEqual([]);
    await expect.poll(() => pictureShown(page), WAIT).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
