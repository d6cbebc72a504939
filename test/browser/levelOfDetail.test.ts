import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { inkedPixels, settledInkedPixels } from './screenPixels';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Level changes settle over a few frames; on a loaded machine frames are slow. */
const WAIT = { timeout: 15_000 };
type Snapshot = { nodes: { id: string; x: number; y: number; name: string }[]; links: { id: string; source: string; target: string }[] };
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const detailsName = (page: Page) => details(page).getByRole('textbox', { name: 'Name', exact: true }).inputValue();
const domNodes = (page: Page) => page.locator('.react-flow__node-mapNode').count();
/** The map is drawn as the picture (not only standing in for DOM nodes during a pan or zoom). */
const pictureLevel = (page: Page) => page.locator('.map-canvas.is-picture').count();
const pictureShown = (page: Page) => page.locator('.map-picture.is-visible[data-drawn]').count();

async function openBigMap(page: Page, nodes = 800): Promise<Snapshot> {
  await page.getByRole('button', { name: 'Create map' }).waitFor();
  const snapshot = generateSnapshot({ nodes, links: nodes * 2.5, seed: 3 }) as Snapshot;
  await page.evaluate((s) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(s), snapshot);
  await expect.poll(() => pictureShown(page), WAIT).toBe(1);
  return snapshot;
}

/** Where a point of the map is on screen, from React Flow's camera. */
async function onScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ x, y }) => {
      const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      return { x: pane.left + m.e + x * m.a, y: pane.top + m.f + y * m.a };
    },
    { x, y },
  );
}

/**
 * Long tasks (PerformanceObserver), the most map nodes added to the DOM in any one frame, the
 * most mounted nodes restyled in one frame (their class changed: a name shown or put away), and
 * the frames in which a DOM node showed over the picture.
 */
async function watchSwitch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __added: number; __mostAdded: number; __restyled: number; __mostRestyled: number; __shownOverPicture: number };
    w.__long = [];
    w.__shownOverPicture = 0;
    w.__added = 0;
    w.__mostAdded = 0;
    w.__restyled = 0;
    w.__mostRestyled = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    new MutationObserver((records) => {
      for (const r of records) {
        r.addedNodes.forEach((n) => n instanceof Element && n.classList.contains('react-flow__node-mapNode') && w.__added++);
        if (r.type === 'attributes' && r.target instanceof Element && r.target.classList.contains('map-node')) w.__restyled++;
      }
    }).observe(document.querySelector('.react-flow__nodes') ?? document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    const frame = () => {
      // A DOM node still mounted once the picture is the map must not be seen over it.
      const left = document.querySelector('.map-canvas.is-picture-drawn .react-flow__node-mapNode');
      if (left && getComputedStyle(left).visibility !== 'hidden' && getComputedStyle(left.closest('.react-flow__viewport')!).opacity !== '0') w.__shownOverPicture++;
      w.__mostAdded = Math.max(w.__mostAdded, w.__added);
      w.__added = 0;
      w.__mostRestyled = Math.max(w.__mostRestyled, w.__restyled);
      w.__restyled = 0;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
/** Timings mean nothing on a machine running several times more work than it has cores. */

describe('a big map at every level of detail', () => {
  it('zoomed out is one picture: a click selects a node for Details, a drag moves and pins it, a double-click goes to it as a DOM node', async () => {
    const { context, page } = await openApp(browser);
    const snapshot = await openBigMap(page);
    await expect.poll(() => domNodes(page), WAIT).toBe(0);
    await expect.poll(() => page.getByText('Zoomed out: click to select').count()).toBe(1);

    const target = snapshot.nodes[0]!;
    const point = await onScreen(page, target.x + 104, target.y + 32);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => detailsName(page)).toBe(target.name);

    // Hovering names the node, as a DOM marker does.
    await page.mouse.move(point.x + 1, point.y);
    await expect.poll(() => page.getByRole('tooltip').filter({ hasText: target.name }).count()).toBe(1);

    // Drag it 60 px up, clear of the map: it moves with the pointer, and a dragged node is pinned.
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(point.x, point.y - i * 10);
    await page.mouse.up();
    await expect.poll(() => details(page).getByRole('checkbox', { name: /Pinned/ }).isChecked()).toBe(true);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => details(page).getByRole('textbox', { name: 'Name', exact: true }).count()).toBe(0);
    await page.mouse.click(point.x, point.y - 60);
    await expect.poll(() => detailsName(page)).toBe(target.name);

    // Double-click: the camera goes to the node, where it is a DOM node again, and a click on it selects it.
    await page.mouse.dblclick(point.x, point.y - 60);
    await expect.poll(() => pictureShown(page), WAIT).toBe(0);
    const node = page.locator('.react-flow__node-mapNode').filter({ hasText: target.name });
    await expect.poll(() => node.count()).toBe(1);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await node.click();
    await expect.poll(() => detailsName(page)).toBe(target.name);

    // A DOM node drags too.
    const before = await node.boundingBox();
    await page.mouse.move(before!.x + before!.width / 2, before!.y + before!.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(before!.x + before!.width / 2, before!.y + before!.height / 2 + i * 10);
    await page.mouse.up();
    await expect.poll(async () => Math.round((await node.boundingBox())!.y - before!.y)).toBeGreaterThan(40);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('zoomed out, a click on a drawn link selects it and Details shows it', async () => {
    const { context, page } = await openApp(browser);
    const snapshot = await openBigMap(page);
    const zoom = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
    // A link between clusters, at a point of it well clear of every node and of every other link.
    const at = new Map(snapshot.nodes.map((n) => [n.id, { x: n.x + 104, y: n.y + 32 }]));
    const clear = 24 / zoom;
    const pointOf = (l: Snapshot['links'][number], t: number) => ({ x: at.get(l.source)!.x * (1 - t) + at.get(l.target)!.x * t, y: at.get(l.source)!.y * (1 - t) + at.get(l.target)!.y * t });
    const nearest = (p: { x: number; y: number }, other: Snapshot['links'][number]) => {
      const a = at.get(other.source)!;
      const b = at.get(other.target)!;
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    const isClear = (link: Snapshot['links'][number], p: { x: number; y: number }) =>
      snapshot.nodes.every((n) => Math.abs(n.x + 104 - p.x) > 104 + clear || Math.abs(n.y + 32 - p.y) > 32 + clear) && snapshot.links.every((o) => o === link || nearest(p, o) > clear);
    let chosen: { link: Snapshot['links'][number]; point: { x: number; y: number } } | null = null;
    for (const link of snapshot.links) {
      const point = pointOf(link, 0.5);
      if (isClear(link, point)) {
        chosen = { link, point };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const { link, point } = chosen!;
    const name = (id: string) => snapshot.nodes.find((n) => n.id === id)!.name;
    const screen = await onScreen(page, point.x, point.y);
    await page.mouse.click(screen.x, screen.y);
    await expect.poll(() => details(page).getByRole('heading', { name: 'Link' }).count()).toBe(1);
    await expect.poll(() => details(page).getByRole('definition').allInnerTexts()).toEqual([name(link.source), name(link.target)]);
    // A click on empty ground clears it again.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => details(page).getByRole('heading', { name: 'Link' }).count()).toBe(0);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('links two nodes on the picture: drag the selected node’s grip to another node, then choose the type', async () => {
    const { context, page } = await openApp(browser);
    const snapshot = await openBigMap(page);
    const [a, b] = [snapshot.nodes[0]!, snapshot.nodes[1]!];
    const from = await onScreen(page, a.x + 104, a.y + 32);
    await page.mouse.click(from.x, from.y);
    await expect.poll(() => detailsName(page)).toBe(a.name);
    const grip = page.getByRole('button', { name: `Link ${a.name} to another node` });
    const box = (await grip.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    const to = await onScreen(page, b.x + 104, b.y + 32);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + ((to.x - box.x) * i) / 8, box.y + ((to.y - box.y) * i) / 8);
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: `Link ${a.name} to ${b.name}` });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // One undoable step, the new link's.
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toMatch(/^Undo: .*link/i);
    // From the keyboard: the grip opens the same dialog, choosing the other end from a list.
    await page.mouse.click(from.x, from.y);
    await expect.poll(() => detailsName(page)).toBe(a.name);
    await grip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: `Link ${a.name} to…` }).count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('moves between the DOM nodes and the picture by what is on screen, a slice a frame, with no whole-map task', async () => {
    const { context, page } = await openApp(browser);
    await openBigMap(page);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.locator('.react-flow__nodes').waitFor({ state: 'attached' });
    await watchSwitch(page);
    // Wheel in: the picture gives way to DOM nodes, mounted a slice a frame.
    for (let i = 0; i < 40 && (await pictureLevel(page)) === 1; i++) {
      await page.mouse.wheel(0, -120);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await expect.poll(() => pictureShown(page), WAIT).toBe(0);
    await expect.poll(() => domNodes(page), WAIT).toBeGreaterThan(20);
    const shown = await domNodes(page);
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(800);
    // Coming back from the picture, DOM nodes arrive a slice a frame (detailLevel.ts MOUNT_SLICE), never all at once.
    const mostAdded = await page.evaluate(() => (window as unknown as { __mostAdded: number }).__mostAdded);
    expect(mostAdded).toBeGreaterThan(0);
    expect(mostAdded).toBeLessThanOrEqual(40);
    // The names for where the camera came to rest are placed as the nodes begin to mount, so each
    // slice arrives named: placed once all were mounted, they restyled every node in one frame
    // (207 here, a task of 124–171 ms with the relayout and React Flow's measuring that followed).
    const mostRestyled = await page.evaluate(() => (window as unknown as { __mostRestyled: number }).__mostRestyled);
    expect(mostRestyled).toBeLessThanOrEqual(40);
    // Wheel out again: back to the picture.
    for (let i = 0; i < 40 && (await pictureLevel(page)) === 0; i++) {
      await page.mouse.wheel(0, 120);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await expect.poll(() => pictureShown(page), WAIT).toBe(1);
    await expect.poll(() => domNodes(page), WAIT).toBe(0);
    // The DOM nodes taken down a slice a frame are hidden under the picture, not drawn over it
    // (React Flow's renderer is above the picture, and it sets each node visible in its own style).
    expect(await page.evaluate(() => (window as unknown as { __shownOverPicture: number }).__shownOverPicture)).toBe(0);
    // Issue 13's target is no task over 50 ms here: on a quiet 2-core machine this switch now
    // costs none (3 runs of 3; 0-2 of 51-63 ms before the picture kept at rest waited for the
    // DOM nodes to mount). Timings mean nothing on a machine running several times more work than
    // it has cores, so what this guards is the whole-map task the switch cost before (1.27 s).
    const long = (await page.evaluate(() => (window as unknown as { __long: number[] }).__long)).filter((d) => d > 50);
    console.info(`${long.length} tasks over 50 ms while switching, longest ${Math.max(0, ...long)} ms`);
    expect(Math.max(0, ...long)).toBeLessThan(600);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows a focus’s emphasis in both: faded DOM nodes, and a faded picture', async () => {
    const { context, page } = await openApp(browser);
    const snapshot = await openBigMap(page);
    const region = { x: 0, y: 120, width: 900, height: 600 };
    const inkedBefore = await settledInkedPixels(page, region);
    const target = snapshot.nodes[0]!;
    const point = await onScreen(page, target.x + 104, target.y + 32);
    await page.mouse.dblclick(point.x, point.y);
    const node = page.locator('.react-flow__node-mapNode').filter({ hasText: target.name });
    await expect.poll(() => node.count()).toBe(1);
    await node.click();
    await page.getByRole('button', { name: 'Layout' }).click();
    await page.getByRole('menu', { name: 'Layout' }).getByRole('menuitem', { name: 'Focus on the selected node: one step' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Show everything' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('.map-node.is-faded').count()).toBeGreaterThan(5);
    expect(await node.locator('.map-node').getAttribute('class')).not.toContain('is-faded');

    await page.getByRole('button', { name: 'Fit map' }).click();
    await expect.poll(() => pictureShown(page), WAIT).toBe(1);
    // Most of the map is faded now: far less of the picture is strongly drawn.
    await expect.poll(() => inkedPixels(page, region)).toBeLessThan(inkedBefore * 0.6);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
