import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, namesPlaced, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('gap analysis in the browser edition', () => {
  it('shows the demo map’s planted gaps, strengths first, and highlights a finding’s nodes', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    const toggle = page.getByRole('button', { name: 'Gap analysis', exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const panel = page.getByRole('region', { name: 'Gap analysis' });
    await panel.getByRole('heading', { name: 'Strengths' }).waitFor();

    const findings = panel.locator('.finding__button');
    await expect.poll(() => findings.first().textContent()).toMatch(/^Northgate is rich in safe spaces/);
    for (const text of [
      /^Riverside, one of the most deprived areas .* has no safe disclosure space yet\.$/,
      /^No safe space in Kingsway is open on any evening or at the weekend/,
      /^Kingsway Baptist Hall is one step away/,
      /^A disclosure at Old Town Recovery Café .* can lead nowhere/,
      /^Kingsway Men's Shed is not connected to anyone/,
      /reach the rest of the network only through Community champion – Northgate Estate\.$/,
    ]) {
      expect(await panel.getByRole('button', { name: text }).count()).toBe(1);
    }
    // The Riverside heat map is a table with a cell per day and part, in words.
    const grid = panel.getByRole('table', { name: 'When a safe space is open in Kingsway' });
    expect(await grid.getByRole('row', { name: /Mon/ }).getByRole('cell').allTextContents()).toEqual(['None', '1: Kingsway Youth Hub', 'None']);

    // Selecting a finding brings forward its nodes and fades the rest.
    await panel.getByRole('button', { name: /^Northgate Estate Residents' Group and Estate volunteer.*only through Community champion/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Showing:' }).textContent()).toMatch(/Only through Community champion – Northgate Estate \(3 on the map\)/);
    await namesPlaced(page);
    const clear = await page.locator('.map-node:not(.is-faded)').allTextContents();
    expect(clear.map((t) => t.replace(/\s+/g, ' '))).toEqual(
      expect.arrayContaining([expect.stringMatching(/Community champion/), expect.stringMatching(/Northgate Estate Residents/), expect.stringMatching(/Estate volunteer/)]),
    );
    expect(clear).toHaveLength(3);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => page.locator('.map-node.is-faded').count()).toBe(0);

    // Live: give Kingsway Baptist Hall its trained person, and it is no longer a near miss.
    await panel.getByRole('button', { name: /^Kingsway Baptist Hall is one step away/ }).click();
    await page.locator('.react-flow__node').filter({ hasText: 'Kingsway Baptist Hall' }).click();
    await page.getByRole('region', { name: 'Details' }).getByRole('checkbox', { name: /Someone trained in Good Help/ }).check();
    await expect.poll(() => panel.getByRole('button', { name: /^Kingsway Baptist Hall is one step away/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^No safe space in Kingsway is open on any evening/ }).count()).toBe(0);

    await toggle.click();
    expect(await page.getByRole('region', { name: 'Gap analysis' }).count()).toBe(0);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
