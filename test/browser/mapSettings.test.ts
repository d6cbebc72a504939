import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, flushSaves, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const settings = (page: Page) => page.getByRole('dialog', { name: 'Map settings' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

describe('map settings', () => {
  it('adds areas with need figures, edits criteria, and removing an area takes it off its spaces until undone', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Settings test');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Map settings' }).click();

    for (const name of ['Northgate', 'Riverside']) {
      await settings(page).getByRole('textbox', { name: 'New area name' }).fill(name);
      await settings(page).getByRole('button', { name: 'Add area' }).click();
    }
    await settings(page).getByRole('combobox', { name: 'Deprivation decile of Northgate' }).selectOption('2');
    await settings(page).getByRole('textbox', { name: 'Population of Northgate' }).fill('12,400');
    // A second area of the same name is refused, with the reason.
    await settings(page).getByRole('textbox', { name: 'New area name' }).fill('riverside');
    await settings(page).getByRole('button', { name: 'Add area' }).click();
    await expect.poll(() => settings(page).getByRole('alert').textContent()).toContain('There is already an area called');

    await settings(page).getByRole('tab', { name: 'Safe-disclosure criteria' }).click();
    await settings(page).getByRole('textbox', { name: 'New criterion name' }).fill('Quiet room for children');
    await settings(page).getByRole('button', { name: 'Add criterion' }).click();
    await settings(page).getByRole('checkbox', { name: 'Essential: Free', exact: true }).uncheck();
    await settings(page).getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Add space' }).click();
    await details(page).getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Northgate' });
    await expect.poll(() => details(page).getByRole('checkbox', { name: /Quiet room for children/ }).count()).toBe(1);
    await expect.poll(() => details(page).getByText('Free', { exact: true }).locator('..').textContent()).not.toContain('essential');

    await page.getByRole('button', { name: 'Map settings' }).click();
    await settings(page).getByRole('button', { name: 'Remove Northgate' }).click();
    await settings(page).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => details(page).getByRole('combobox', { name: 'Area' }).inputValue()).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => details(page).getByRole('combobox', { name: 'Area' }).locator('option:checked').textContent()).toBe('Northgate');

    await flushSaves(page);
    await page.reload();
    await page.getByRole('button', { name: 'Map settings' }).click();
    await expect.poll(() => settings(page).getByRole('textbox', { name: 'Population of Northgate' }).inputValue()).toBe('12,400');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
