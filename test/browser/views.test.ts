import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, cameraAtRest, flushSaves, launchBrowser, openApp } from './browserHarness';
import { chooseLens, legendColours, openDemo } from './lensHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const transform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
const viewsMenu = (page: Page) => page.getByRole('dialog', { name: 'Saved views' });

async function saveView(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Views/ }).click();
  await viewsMenu(page).getByRole('textbox', { name: 'Name of the new view' }).fill(name);
  await viewsMenu(page).getByRole('button', { name: 'Save the current view' }).click();
  await page.keyboard.press('Escape');
}

describe('saved views', () => {
  it('steps through saved views like slides, restoring each viewport and lens', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    const whole = await transform(page);
    await saveView(page, 'The whole borough');

    // A second view: zoomed in, coloured by area.
    const pane = page.locator('.react-flow__pane');
    await pane.hover({ position: { x: 300, y: 300 } });
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await cameraAtRest(page);
    await chooseLens(page, { colour: 'area' });
    const close = await transform(page);
    expect(close).not.toBe(whole);
    await saveView(page, 'Northgate close up');

    // Step back and forward with the keys a presentation clicker sends, from the canvas.
    await pane.click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('PageUp');
    await expect.poll(() => transform(page), { timeout: 5000 }).toBe(whole);
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toEqual(['Person', 'Organisation', 'Space', 'Project']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => transform(page), { timeout: 5000 }).toBe(close);
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toContain('Northgate');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => transform(page), { timeout: 5000 }).toBe(whole);
    await page.keyboard.press('PageDown');
    await expect.poll(() => transform(page), { timeout: 5000 }).toBe(close);
    // Past the last view nothing moves; the app says so.
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'This is the last view.' }).count()).toBe(1);

    // Reorder, rename and delete in the Views menu; each is undoable, and views are saved with the map.
    await page.getByRole('button', { name: /^Views/ }).click();
    await viewsMenu(page).getByRole('button', { name: 'Move Northgate close up up' }).click();
    await expect.poll(() => viewsMenu(page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').first().textContent()).toContain('Northgate close up');
    await viewsMenu(page).getByRole('button', { name: 'Rename The whole borough' }).click();
    await viewsMenu(page).getByRole('textbox', { name: 'New name for The whole borough' }).fill('Millbrook');
    await page.keyboard.press('Enter');
    await viewsMenu(page).getByRole('button', { name: 'Delete Northgate close up' }).click();
    await expect.poll(() => viewsMenu(page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Millbrook')]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: /^Views/ }).click();
    await expect.poll(() => viewsMenu(page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').count()).toBe(2);

    await flushSaves(page);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: /^Views/ }).click();
    await expect.poll(() => viewsMenu(page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Northgate close up'),
      expect.stringContaining('Millbrook'),
    ]);
    await viewsMenu(page).getByRole('button', { name: 'Show view Northgate close up' }).click();
    await expect.poll(() => transform(page), { timeout: 5000 }).toBe(close);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
