import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { appErrors, cameraAtRest, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WAIT = { timeout: 15_000 };
type Point = { x: number; y: number };
type Snapshot = { nodes: { id: string; x: number; y: number; name: string }[]; links: Record<string, unknown>[] };
/** A node's centre, from its top-left corner (nodes are 208 × 64). */
const centre = (at: Point): Point => ({ x: at.x + 104, y: at.y + 32 });
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * A big map (800 nodes, so its links are drawn on the link canvas) with one link, from Node 0
 * at (0, 0) to Node 330 at (750, 330) (bench/generateMap.mjs: ten clusters, slots on a 250 × 110 grid).
 */
function oneLinkMap(): Snapshot {
  const snapshot = generateSnapshot({ nodes: 800, links: 1, seed: 3 }) as Snapshot;
  snapshot.links = [{ ...snapshot.links[0], source: 'n0', target: 'n330', type: 'knows', directed: false, referralMode: null }];
  return snapshot;
}

/** Where a point of the map is on screen, from React Flow's camera. */
function onScreen(page: Page, p: Point): Promise<Point> {
  return page.evaluate((p) => {
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: pane.left + m.e + p.x * m.a, y: pane.top + m.f + p.y * m.a };
  }, p);
}

/**
 * How many pixels within 4 of a map point a link canvas has drawn (read from the canvas itself,
 * so the DOM nodes over it do not count); 0 when that canvas is hidden or does not reach the point.
 */
function inkAt(page: Page, which: 'links' | 'dragged', p: Point): Promise<number> {
  return page.evaluate(
    ({ which, p }) => {
      const canvas = document.querySelectorAll<HTMLCanvasElement>('.link-canvas')[which === 'links' ? 0 : 1]!;
      if (canvas.hidden || !canvas.style.width) return 0;
      const x = ((p.x - Number.parseFloat(canvas.style.left)) / Number.parseFloat(canvas.style.width)) * canvas.width;
      const y = ((p.y - Number.parseFloat(canvas.style.top)) / Number.parseFloat(canvas.style.height)) * canvas.height;
      if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return 0;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const { data } = ctx.getImageData(Math.round(x) - 4, Math.round(y) - 4, 9, 9);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 40) inked++;
      return inked;
    },
    { which, p },
  );
}

/** Where a DOM node is on the map now, from its transform. */
function nodeAt(page: Page, name: string): Promise<Point> {
  return page.evaluate((name) => {
    const node = [...document.querySelectorAll<HTMLElement>('.react-flow__node-mapNode')].find((n) => n.textContent?.includes(name))!;
    const m = new DOMMatrix(getComputedStyle(node).transform);
    return { x: m.e, y: m.f };
  }, name);
}

describe('a big map’s links at the DOM level', () => {
  it('are drawn off the page’s thread, appear after a move of the camera, and follow a dragged node frame by frame', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    const snapshot = oneLinkMap();
    await page.evaluate((s) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(s), snapshot);
    await expect.poll(() => page.locator('.map-picture.is-visible[data-drawn]').count(), WAIT).toBe(1);
    const a = snapshot.nodes.find((n) => n.id === 'n0')!;
    const b = snapshot.nodes.find((n) => n.id === 'n330')!;

    // To Node 0 as a DOM node: the camera moves, and the link is drawn for where it came to rest.
    const start = await onScreen(page, centre(a));
    await page.mouse.dblclick(start.x, start.y);
    const nodeA = page.locator('.react-flow__node-mapNode').filter({ hasText: /^Node 0$/ });
    await expect.poll(() => nodeA.count(), WAIT).toBe(1);
    await cameraAtRest(page);
    const before = middle(centre(a), centre(b));
    await expect.poll(() => inkAt(page, 'links', before), WAIT).toBeGreaterThan(0);
    // Far from the one link, nothing is drawn: the ink above is the link's.
    expect(await inkAt(page, 'links', { x: before.x, y: before.y + 150 })).toBe(0);
    // The link canvas shows bitmaps handed over whole (from the link worker); it never drew them itself.
    expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('.link-canvas')!.getContext('2d') === null)).toBe(true);

    // Drag Node 0 down: at every step its link is drawn to where the node is in that same frame.
    const box = (await nodeA.boundingBox())!;
    const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    let moved = before;
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(grab.x, grab.y + i * 20);
      const at = await nodeAt(page, 'Node 0');
      moved = middle(centre(at), centre(b));
      // React Flow starts a drag on the first move and moves the node from the next.
      if (at.y !== a.y) expect(await inkAt(page, 'dragged', moved)).toBeGreaterThan(0);
    }
    expect((await nodeAt(page, 'Node 0')).y).toBeGreaterThan(a.y + 100);
    // The link's old place is cleared once the worker's drawing without it arrives, mid-drag.
    await expect.poll(() => inkAt(page, 'links', before), WAIT).toBe(0);
    await page.mouse.up();

    // Let go: the worker's drawing takes the link over where it now is, and the page's overlay goes.
    await expect.poll(() => page.locator('.link-canvas[hidden]').count(), WAIT).toBe(1);
    expect(await inkAt(page, 'links', moved)).toBeGreaterThan(0);
    expect(await inkAt(page, 'links', before)).toBe(0);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
