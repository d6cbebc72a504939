import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, namesPlaced, openApp, openDemoMap } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Rect {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const meet = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The chosen nodes, the names shown as chips, the finding's name tags and the markers, as screen boxes. */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const rect = (e: Element, name: string): Rect => {
      const r = e.getBoundingClientRect();
      return { name, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node')];
    // A node's name as a screen reader hears it ("organisation: Millbrook Mind").
    const nameOf = (n: Element) => (n.getAttribute('aria-label') ?? '').replace(/^[a-z]+: /, '');
    // The name a chip shows: none if its text is missing or too small to read.
    const shownName = (n: Element) => {
      const text = n.querySelector('.map-node__name');
      return text && text.getBoundingClientRect().height >= 10 ? (text.textContent ?? '') : '';
    };
    return {
      chosen: nodes.filter((n) => !n.querySelector('.is-faded')).map(nameOf),
      chips: nodes.filter((n) => n.querySelector('.map-node:not(.is-unlabelled)')).map((n) => rect(n.querySelector('.map-node')!, shownName(n))),
      markers: nodes.filter((n) => n.querySelector('.map-node.is-unlabelled')).map((n) => rect(n.querySelector('.map-node')!, nameOf(n))),
      tags: [...document.querySelectorAll('.finding-names__label')].map((t) => rect(t, t.textContent ?? '')),
      pane: rect(document.querySelector('.react-flow')!, 'map'),
    };
  });
}

describe('a chosen finding’s names', () => {
  for (const [viewport, workshop] of [
    [{ width: 1366, height: 768 }, false],
    [{ width: 1920, height: 1080 }, false],
    [{ width: 1920, height: 1080 }, true],
    [{ width: 1366, height: 768 }, true],
  ] as const) {
    it(`are all shown, and never overlap a chip, each other or a chosen node's marker, at ${viewport.width}×${viewport.height}${workshop ? ' in workshop mode' : ''}`, async () => {
      const { context, page } = await openApp(browser, viewport);
      await openDemoMap(page);
      await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
      const panel = page.getByRole('region', { name: 'Gap analysis' });
      await panel.getByRole('list', { name: 'At a glance' }).waitFor();
      if (workshop) {
        // Workshop mode (W), with its side panels shown (D).
        await page.locator('.react-flow__pane').click({ position: { x: 400, y: 8 } });
        await page.keyboard.press('w');
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe('workshop');
        await page.keyboard.press('d');
        await panel.getByRole('list', { name: 'At a glance' }).waitFor();
      }
      await page.mouse.move(1, viewport.height - 1);
      for (const finding of [/^Millbrook Citizens Advice, .* join up more/, /^Riverside Allotment Group/, /relies on one safe disclosure space/]) {
        await panel.getByRole('button', { name: finding }).first().click();
        await page.getByRole('status').filter({ hasText: 'Showing:' }).waitFor();
        await page.mouse.move(1, viewport.height - 1);
        // Settled: the camera still and the names placed for it.
        await namesPlaced(page);
        const { chosen, chips, markers, tags, pane } = await onScreen(page);
        // Every chosen node shows its name: as its chip, or as a tag beside its marker.
        const named = new Set([...chips.map((c) => c.name), ...tags.map((t) => t.name)]);
        expect(chosen.filter((name) => !named.has(name))).toEqual([]);
        // No tag overlaps a chip, another tag or a chosen node's marker. (Where a dense spot has
        // no room at all, a tag may stand over a faded marker of a node not in the finding.)
        const clashes: string[] = [];
        const chosenMarkers = markers.filter((m) => chosen.includes(m.name));
        tags.forEach((tag, i) => {
          for (const other of [...chips, ...tags.slice(i + 1), ...chosenMarkers]) if (meet(tag, other)) clashes.push(`${tag.name} / ${other.name}`);
        });
        expect(clashes).toEqual([]);
        // And none is cut off at the map's edge: the camera leaves them room.
        const inside = (r: Rect) => r.left >= pane.left - 0.5 && r.right <= pane.right + 0.5 && r.top >= pane.top - 0.5 && r.bottom <= pane.bottom + 0.5;
        expect([...tags, ...chips.filter((c) => chosen.includes(c.name))].filter((r) => !inside(r)).map((r) => r.name)).toEqual([]);
        await page.getByRole('button', { name: 'Show everything' }).click();
      }
      expect(appErrors(page)).toEqual([]);
      await context.close();
    });
  }
});
