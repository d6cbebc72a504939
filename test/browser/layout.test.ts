import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, flushSaves, launchBrowser, openApp } from './browserHarness';

const NODE_WIDTH = 208;
const NODE_HEIGHT = 64;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every node's position on the map, read from React Flow's own transforms (all are on screen after Fit map). */
async function positions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const entries = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((n as HTMLElement).style.transform);
      return [n.getAttribute('data-id') ?? '', { x: Number(match?.[1]), y: Number(match?.[2]) }] as const;
    }),
  );
  return new Map(entries);
}

function overlappingPairs(points: Map<string, { x: number; y: number }>): string[] {
  const list = [...points.entries()];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, p] = list[i]!;
      const [b, q] = list[j]!;
      if (Math.abs(p.x - q.x) < NODE_WIDTH && Math.abs(p.y - q.y) < NODE_HEIGHT) out.push(`${a} / ${b}`);
    }
  }
  return out;
}

async function openDemo(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Fit map' }).click();
  await page.waitForTimeout(400);
  return page.locator('.react-flow__node').count();
}

async function runLayout(page: Page, item: string, done: string): Promise<void> {
  await page.getByRole('button', { name: 'Layout' }).click();
  await page.getByRole('menu', { name: 'Layout' }).getByRole('menuitem', { name: item }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: done }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(500);
}

describe('laying out the demo map', () => {
  it('tidies the whole map with no two nodes overlapping, as one step that Undo reverses', async () => {
    const { context, page } = await openApp(browser);
    const count = await openDemo(page);
    expect(count).toBeGreaterThan(50);
    const before = await positions(page);
    expect(before.size).toBe(count);

    await runLayout(page, 'Tidy the whole map', 'Tidy the whole map: done.');
    await page.getByRole('button', { name: 'Fit map' }).click();
    await page.waitForTimeout(400);
    const after = await positions(page);
    expect(after.size).toBe(count);
    expect(overlappingPairs(after)).toEqual([]);
    const moved = [...after].filter(([id, p]) => before.get(id)!.x !== p.x || before.get(id)!.y !== p.y).length;
    expect(moved).toBeGreaterThan(count / 2);

    // One undo step puts every node back.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Undone: Tidy the whole map' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Fit map' }).click();
    await page.waitForTimeout(400);
    expect(await positions(page)).toEqual(before);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('groups by area with each group labelled, leaves a pinned node where it is, and saves the result', async () => {
    const { context, page } = await openApp(browser);
    const count = await openDemo(page);
    // Pin one node from the details panel.
    const node = page.locator('.react-flow__node').nth(3);
    const id = (await node.getAttribute('data-id'))!;
    await node.click();
    await page.getByRole('region', { name: 'Details' }).getByRole('checkbox', { name: /Pinned/ }).check();
    await expect.poll(() => node.getByRole('img', { name: 'Pinned' }).count()).toBe(1);
    const pinnedAt = (await positions(page)).get(id)!;

    await runLayout(page, 'Group by area', 'Group by area: done.');
    await page.getByRole('button', { name: 'Fit map' }).click();
    await page.waitForTimeout(400);
    const after = await positions(page);
    expect(after.size).toBe(count);
    expect(after.get(id)).toEqual(pinnedAt);
    expect(overlappingPairs(after)).toEqual([]);
    for (const area of ['Northgate', 'Riverside', 'Kingsway', 'Old Town']) {
      await expect.poll(() => page.locator('.group-box__label').filter({ hasText: area }).count()).toBe(1);
    }

    // The result is saved: after a reload the map opens with the grouped positions.
    await flushSaves(page);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Fit map' }).click();
    await page.waitForTimeout(400);
    expect(await positions(page)).toEqual(after);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('focuses on a selected node, fading the rest, and the menu works from the keyboard', async () => {
    const { context, page } = await openApp(browser);
    await openDemo(page);
    await page.locator('.react-flow__node').filter({ hasText: 'Northgate Community Centre' }).first().click();
    const button = page.getByRole('button', { name: 'Layout' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Layout' });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await runLayout(page, 'Focus on the selected node: one step', 'Focus on Northgate Community Centre: done.');
    await expect.poll(() => page.getByRole('button', { name: 'Show everything' }).count()).toBe(1);
    // The view zooms to the neighbourhood; of the nodes on screen, those outside it are faded.
    expect(await page.locator('.map-node.is-faded').count()).toBeGreaterThan(5);
    expect(await page.locator('.map-node', { hasText: 'Northgate Community Centre' }).first().getAttribute('class')).not.toContain('is-faded');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
