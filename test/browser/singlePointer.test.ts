import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const centreOf = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
};

describe('WCAG 2.5.7: every drag has a single-pointer way', () => {
  it('moves a node and a sticky note with Move and a click, sizes a note with buttons, and links from Details', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Clicks');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Add space' }).click();
    await details(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Library');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await details(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Food bank');
    await page.keyboard.press('Enter');

    // Move a node: choose Move, then click an empty spot; it lands there, pinned, in one undo step.
    const library = '.react-flow__node[aria-label="space: Library"]';
    await page.locator(library).click();
    await details(page).getByRole('button', { name: 'Move on the map' }).click();
    await page.getByRole('status').filter({ hasText: 'Click on the map where Library should go' }).waitFor();
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const spot = { x: pane.x + 160, y: pane.y + pane.height - 160 };
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(async () => Math.hypot((await centreOf(page, library)).x - spot.x, (await centreOf(page, library)).y - spot.y)).toBeLessThan(4);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'should go' }).count()).toBe(0);
    await expect.poll(() => details(page).getByRole('checkbox', { name: /Pinned/ }).isChecked()).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.hypot((await centreOf(page, library)).x - spot.x, (await centreOf(page, library)).y - spot.y)).toBeGreaterThan(20);

    // Escape leaves Move with nothing moved.
    await details(page).getByRole('button', { name: 'Move on the map' }).click();
    const before = await centreOf(page, library);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.move-overlay').count()).toBe(0);
    expect((await centreOf(page, library)).x).toBeCloseTo(before.x, 0);

    // Link without dragging from the node's edge.
    await details(page).getByRole('button', { name: 'Link to…' }).click();
    const link = page.getByRole('dialog', { name: /^Link Library to/ });
    await link.getByRole('combobox', { name: 'Link to' }).selectOption({ label: 'Food bank (organisation)' });
    await link.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    // A sticky note: moved with a click, sized with − and +.
    await page.getByRole('button', { name: 'Session', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Add sticky note' }).click();
    await page.getByRole('textbox', { name: 'Sticky note text' }).fill('Ask about Sundays');
    await page.keyboard.press('Escape');
    const note = '.react-flow__node-sticky';
    await page.locator(note).click();
    const small = await centreOf(page, note);
    await page.getByRole('button', { name: 'Make the note larger' }).click();
    await expect.poll(async () => (await centreOf(page, note)).width).toBeGreaterThan(small.width * 1.1);
    await page.getByRole('button', { name: 'Make the note smaller' }).click();
    await expect.poll(async () => Math.round((await centreOf(page, note)).width)).toBe(Math.round(small.width));
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const noteSpot = { x: pane.x + pane.width - 300, y: pane.y + 200 };
    await page.mouse.click(noteSpot.x, noteSpot.y);
    await expect.poll(async () => Math.hypot((await centreOf(page, note)).x - noteSpot.x, (await centreOf(page, note)).y - noteSpot.y)).toBeLessThan(4);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
