import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { appErrors, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WAIT = { timeout: 15_000 };
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const nodesOnPicture = (page: Page) => page.getByRole('group', { name: /^Nodes on the picture/ });

/** A map too big for DOM nodes at the fitted view: drawn as the picture. */
async function openBigMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Create map' }).waitFor();
  const snapshot = generateSnapshot({ nodes: 800, links: 2000, seed: 3 });
  await page.evaluate((s) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(s), snapshot);
  await expect.poll(() => page.locator('.map-picture.is-visible[data-drawn]').count(), WAIT).toBe(1);
  await expect.poll(() => page.locator('.react-flow__node-mapNode').count(), WAIT).toBe(0);
}

/** The focused element's accessible name and where its middle is on screen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    return { name: el.getAttribute('aria-label') ?? el.textContent ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2, inPicture: Boolean(el.closest('.picture-node-focus')) };
  });

/** One press of a zoom key, waiting until the camera has arrived (its animation is 200 ms). */
async function zoomStep(page: Page, key: string): Promise<void> {
  const transform = () => page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
  const before = await transform();
  await page.keyboard.press(key);
  await expect.poll(transform, WAIT).not.toBe(before);
  let last = '';
  await expect.poll(async () => last === (last = await transform()), { ...WAIT, interval: 50 }).toBe(true);
}

describe('the picture from the keyboard', () => {
  it('reaches its nodes with Tab, moves between them with the arrows, and Enter selects one for Details', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    await openBigMap(page);
    const node = nodesOnPicture(page).getByRole('button');
    await expect.poll(() => node.count()).toBe(1);

    // Reached by Tab from the toolbar's Fit map button, as a keyboard user goes.
    await page.getByRole('button', { name: 'Fit map' }).focus();
    for (let i = 0; i < 40 && !(await focused(page)).inPicture; i++) await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.inPicture).toBe(true);
    // Focused, it names its node over the picture.
    await expect.poll(() => node.isVisible()).toBe(true);
    expect(await node.textContent()).toBe(first.name.replace(/, [a-z]+$/, ''));

    // The arrows move to another node that way on screen.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused(page)).name).not.toBe(first.name);
    const right = await focused(page);
    expect(right.inPicture).toBe(true);
    expect(right.x).toBeGreaterThan(first.x);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).name).not.toBe(right.name);
    const below = await focused(page);
    expect(below.y).toBeGreaterThan(right.y);

    // Enter selects it: Details shows the node.
    const name = await node.textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('textbox', { name: 'Name', exact: true }).inputValue(), WAIT).toBe(name);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps the keyboard on its node when zooming in brings the DOM nodes back, and out again to the picture', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    await openBigMap(page);
    await page.getByRole('button', { name: 'Fit map' }).focus();
    for (let i = 0; i < 40 && !(await focused(page)).inPicture; i++) await page.keyboard.press('Tab');
    const start = await focused(page);
    expect(start.inPicture).toBe(true);
    const name = start.name.replace(/, [a-z]+$/, '');
    // The node a DOM node or the picture's focus stands for, as "kind: name" or "name, kind".
    const focusedNode = async () => {
      const now = await focused(page);
      return { inPicture: now.inPicture, name: now.inPicture ? now.name.replace(/, [a-z]+$/, '') : now.name.replace(/^[a-z]+: /, '') };
    };
    for (let i = 0; i < 12 && (await page.locator('.react-flow__node-mapNode').count()) === 0; i++) await zoomStep(page, 'Control+Equal');
    await expect.poll(() => page.locator('.map-picture.is-visible').count(), WAIT).toBe(0);
    await expect.poll(focusedNode, WAIT).toEqual({ inPicture: false, name });
    for (let i = 0; i < 12 && (await page.locator('.map-picture.is-visible').count()) === 0; i++) await zoomStep(page, 'Control+Minus');
    await expect.poll(focusedNode, WAIT).toEqual({ inPicture: true, name });
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
