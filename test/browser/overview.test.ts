import type { Browser } from 'playwright-core';
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

describe('a big map zoomed out', () => {
  it('is drawn as one overview picture; a click selects a node, and zooming in brings the nodes back', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    const snapshot = generateSnapshot({ nodes: 800, links: 2000, seed: 3 }) as { nodes: { x: number; y: number; name: string }[] };
    await page.evaluate((s) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(s), snapshot);
    await page.locator('.overview-layer').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    expect(await page.getByText('Zoomed out: click to select').count()).toBe(1);

    // Click where one node is drawn: it becomes the selection, shown in Details.
    const target = snapshot.nodes[0]!;
    const point = await page.evaluate(({ x, y }) => {
      const viewport = document.querySelector('.react-flow__viewport')!;
      const m = new DOMMatrix(getComputedStyle(viewport).transform);
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      return { x: pane.left + m.e + (x + 104) * m.a, y: pane.top + m.f + (y + 32) * m.a };
    }, target);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(target.name);

    // Double-click goes to it at working zoom, where it is a real node again.
    await page.mouse.dblclick(point.x, point.y);
    await expect.poll(() => page.locator('.overview-layer').count()).toBe(0);
    await expect.poll(() => page.locator('.react-flow__node').filter({ hasText: target.name }).count()).toBeGreaterThan(0);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
