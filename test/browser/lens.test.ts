import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { chooseLens, legend, legendColours, nodeColours, openDemo } from './lensHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LIBRARY = 'space: Northgate Library';

/** Every node on screen is drawn in a colour the legend lists, and the legend counts the whole map. */
async function expectLegendMatchesMap(page: Page): Promise<{ label: string; colour: string; count: number }[]> {
  const entries = await legendColours(page);
  const colours = new Set(entries.map((e) => e.colour));
  expect(colours.size).toBe(entries.length);
  const nodes = await nodeColours(page);
  expect(nodes.size).toBeGreaterThan(20);
  for (const [label, colour] of nodes) expect(colours, `${label} is ${colour}`).toContain(colour);
  expect(entries.reduce((n, e) => n + e.count, 0)).toBe(64);
  return entries;
}

describe('lenses', () => {
  it('colours the map by a field, follows the data when it changes, and the legend lists the same colours', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    // The standard look is colour by kind, explained from the start.
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toEqual(['Person', 'Organisation', 'Space', 'Project']);
    await expectLegendMatchesMap(page);

    await chooseLens(page, { colour: 'area' });
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toContain('Riverside');
    const areas = await expectLegendMatchesMap(page);
    const colourOf = (label: string) => areas.find((e) => e.label === label)!.colour;
    expect(colourOf('Northgate')).not.toBe(colourOf('Riverside'));
    expect((await nodeColours(page)).get(LIBRARY)).toBe(colourOf('Northgate'));

    // Move the library to Riverside: its colour follows, and the legend's counts with it.
    await page.locator(`.react-flow__node[aria-label="${LIBRARY}"]`).click();
    await page.getByRole('region', { name: 'Details' }).getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Riverside' });
    await expect.poll(async () => (await nodeColours(page)).get(LIBRARY)).toBe(colourOf('Riverside'));
    const after = await legendColours(page);
    // The library and the people linked only through it leave Northgate.
    expect(after.find((e) => e.label === 'Northgate')!.count).toBeLessThan(areas.find((e) => e.label === 'Northgate')!.count);
    expect(after.find((e) => e.label === 'Riverside')!.count).toBeGreaterThan(areas.find((e) => e.label === 'Riverside')!.count);

    // Numbers: a light-to-dark ramp, and the legend still matches.
    await chooseLens(page, { colour: 'degree' });
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toContain('1 link');
    await expectLegendMatchesMap(page);

    // Size by brokerage: the main brokers are drawn full size, the rest smaller.
    await chooseLens(page, { size: 'betweenness' });
    await expect.poll(() => legend(page).getByRole('list', { name: /^Sizes:/ }).getByRole('listitem').count()).toBeGreaterThan(2);
    const scales = await page.locator('.react-flow__node .map-node').evaluateAll((nodes) => nodes.map((n) => new DOMMatrix(getComputedStyle(n).transform).a));
    expect(Math.max(...scales)).toBe(1);
    expect(Math.min(...scales)).toBeCloseTo(0.6, 5);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('filters the map by a field, hiding or fading what is left out, and shows everything again', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    const people = page.locator('.react-flow__node .map-node--person');
    const before = await people.count();
    expect(before).toBeGreaterThan(5);
    await page.getByRole('button', { name: /^Lens/ }).click();
    await page.getByRole('combobox', { name: 'Filter by' }).selectOption('kind');
    await page.getByRole('checkbox', { name: /^Person/ }).uncheck();
    await expect.poll(() => people.count()).toBe(0);
    await expect.poll(() => legend(page).getByRole('status').textContent()).toContain('Hidden: 16 of 64');

    await page.getByRole('radio', { name: 'Fade the rest' }).check();
    await expect.poll(() => people.count()).toBe(before);
    expect(await page.locator('.react-flow__node .map-node--person.is-faded').count()).toBe(before);
    await page.keyboard.press('Escape');

    await legend(page).getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator('.react-flow__node .map-node.is-faded').count()).toBe(0);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('colours links by type, arrowheads and all', async () => {
    const { context, page } = await openApp(browser);
    await openDemo(page);
    /** Each directed link on screen: its line's colour and its arrowhead's. */
    const arrows = () =>
      page.locator('.react-flow__edge-path[marker-end]').evaluateAll((paths) =>
        paths.map((path) => {
          const id = /url\(['"]?#([^'")]+)['"]?\)/.exec(path.getAttribute('marker-end') ?? '')![1]!;
          const head = document.getElementById(id)!.querySelector('polyline')!;
          return { line: getComputedStyle(path).stroke, head: getComputedStyle(head).stroke };
        }),
      );
    const before = await arrows();
    expect(before.length).toBeGreaterThan(5);
    expect(new Set(before.map((a) => a.head)).size).toBe(1);
    await page.getByRole('button', { name: /^Lens/ }).click();
    await page.getByRole('checkbox', { name: 'Colour links by type' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(async () => new Set((await arrows()).map((a) => a.head)).size).toBeGreaterThan(1);
    for (const { line, head } of await arrows()) expect(head).toBe(line);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
