import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the list of maps', () => {
  it('opens the demo map from the empty start screen', async () => {
    const { context, page } = await openApp(browser);
    await page.getByText('You have no maps yet').waitFor();
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toMatch(/Millbrook/);
    // onlyRenderVisibleElements: count what is on screen after fitting the whole map.
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(50);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBeGreaterThan(60);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('renames, duplicates, bins and restores maps, and reopens the last map after a restart', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Riverside');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Add space' }).click();
    await page.getByRole('button', { name: '← Your maps' }).click();

    await page.getByRole('button', { name: 'Rename Riverside' }).click();
    await page.getByRole('textbox', { name: 'New name for “Riverside”' }).fill('Riverside offer');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Duplicate Riverside offer' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copy of Riverside offer', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Move Riverside offer to the bin' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Riverside offer', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Riverside offer', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Move Copy of Riverside offer to the bin' }).click();
    await page.getByText(/^Bin \(1\)/).click();
    await page.getByRole('button', { name: 'Restore Copy of Riverside offer' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copy of Riverside offer', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Copy of Riverside offer', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Copy of Riverside offer');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
