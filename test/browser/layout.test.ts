import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, cameraAtRest, flushSaves, launchBrowser, namesPlaced, openApp } from './browserHarness';

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
  await namesPlaced(page);
  return page.locator('.react-flow__node').count();
}

async function runLayout(page: Page, item: string, done: string): Promise<void> {
  await page.getByRole('button', { name: 'Layout' }).click();
  await page.getByRole('menu', { name: 'Layout' }).getByRole('menuitem', { name: item }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: done }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await namesPlaced(page);
}

/**
 * Workshop mode at zoom 1 or just over (names at their full size in front of a room): of the
 * nodes on screen, those whose name is left out for want of room (markers), and the pairs of
 * shown names that overlap. A layout leaves room for every name at that size, so both are empty.
 */
async function workshopNamesAtFullSize(page: Page): Promise<{ shown: number; markers: string[]; overlaps: string[] }> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('w');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe('workshop');
  const zoom = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
  // Zoomed in on the busiest part of the map (its middle may be a gap between groups), where names are most crowded.
  const busiest = await page.evaluate(() => {
    const centres = [...document.querySelectorAll('.react-flow__node')].map((n) => {
      const r = n.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const crowd = (p: { x: number; y: number }) => centres.filter((q) => Math.hypot(p.x - q.x, p.y - q.y) < 200).length;
    return centres.reduce((best, p) => (crowd(p) > crowd(best) ? p : best));
  });
  await page.mouse.move(busiest.x, busiest.y);
  for (let i = 0; i < 40 && (await zoom()) < 1; i++) {
    const before = await zoom();
    await page.mouse.wheel(0, -120);
    await page.waitForFunction((z) => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a !== z, before, { timeout: 2000 });
  }
  expect(await zoom()).toBeGreaterThanOrEqual(1);
  await page.mouse.move(1, 1);
  await cameraAtRest(page);
  await namesPlaced(page);
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const onScreen = [...document.querySelectorAll('.react-flow__node')].flatMap((n) => {
      const r = n.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const box = n.querySelector('.map-node');
      return box && x > pane.left && x < pane.right && y > pane.top && y < pane.bottom ? [box] : [];
    });
    const chips = onScreen.filter((b) => !b.classList.contains('is-unlabelled')).map((b) => ({ name: b.textContent ?? '', r: b.getBoundingClientRect() }));
    const overlaps: string[] = [];
    chips.forEach((a, i) => {
      for (const b of chips.slice(i + 1)) if (a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5) overlaps.push(`${a.name} / ${b.name}`);
    });
    return { shown: chips.length, markers: onScreen.filter((b) => b.classList.contains('is-unlabelled')).map((b) => b.textContent ?? ''), overlaps };
  });
}

describe('laying out the demo map', () => {
  for (const [item, done] of [
    ['Tidy the whole map', 'Tidy the whole map: done.'],
    ['Group by area', 'Group by area: done.'],
  ] as const) {
    it(`leaves room for every name at workshop size after ${item}`, async () => {
      const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
      await openDemo(page);
      await runLayout(page, item, done);
      await page.getByRole('button', { name: 'Fit map' }).click();
      const { shown, markers, overlaps } = await workshopNamesAtFullSize(page);
      expect(shown).toBeGreaterThanOrEqual(6);
      expect(markers).toEqual([]);
      expect(overlaps).toEqual([]);
      expect(appErrors(page)).toEqual([]);
      await context.close();
    });
  }

  it('tidies the whole map with no two nodes overlapping, as one step that Undo reverses', async () => {
    const { context, page } = await openApp(browser);
    const count = await openDemo(page);
    expect(count).toBeGreaterThan(50);
    const before = await positions(page);
    expect(before.size).toBe(count);

    await runLayout(page, 'Tidy the whole map', 'Tidy the whole map: done.');
    await page.getByRole('button', { name: 'Fit map' }).click();
    await namesPlaced(page);
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
    await namesPlaced(page);
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
    await namesPlaced(page);
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
    await namesPlaced(page);
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
