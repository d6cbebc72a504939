import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, flushSaves, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sticky notes', () => {
  it('adds a note with N, edits it in place, recolours it, and finds it again after a reload', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Workshop');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });

    await page.keyboard.press('n');
    const editor = page.getByRole('textbox', { name: 'Sticky note text' });
    await expect.poll(() => editor.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Who opens on Sunday evenings?');
    await page.keyboard.press('Escape');
    const note = page.getByRole('group', { name: 'Sticky note: Who opens on Sunday evenings?' });
    await expect.poll(() => note.count()).toBe(1);

    // Enter edits the focused note again; the edit is one undo step.
    await note.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type(' Ask the library.');
    await page.keyboard.press('Control+Enter');
    const edited = page.getByRole('group', { name: 'Sticky note: Who opens on Sunday evenings? Ask…' });
    await expect.poll(() => edited.count()).toBe(1);
    await page.getByRole('button', { name: 'Blue' }).click();
    await expect.poll(() => page.locator('.sticky-note--blue.sticky-note').count()).toBe(1);
    // Undo and redo the colour.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.sticky-note--yellow.sticky-note').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.sticky-note--blue.sticky-note').count()).toBe(1);

    // It is not a node: the map still has none, and the gap analysis is unaffected.
    expect(await page.locator('.react-flow__node-mapNode').count()).toBe(0);

    await flushSaves(page);
    await page.reload();
    await expect.poll(() => edited.count()).toBe(1);
    expect(await edited.locator('.sticky-note--blue').count()).toBe(1);
    expect(await edited.textContent()).toContain('Who opens on Sunday evenings? Ask the library.');

    // Delete on the selected note removes it; undo brings it back.
    await edited.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => edited.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => edited.count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('drags a note as one undo step', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Drag');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Session', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Add sticky note' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Sticky note text' }).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Move me');
    await page.keyboard.press('Escape');
    const note = page.getByRole('group', { name: 'Sticky note: Move me' });
    const start = (await note.boundingBox())!;
    await page.mouse.move(start.x + 40, start.y + 40);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 40 + i * 20, start.y + 40 + i * 10);
    await page.mouse.up();
    const end = (await note.boundingBox())!;
    expect(Math.round(end.x - start.x)).toBeGreaterThan(150);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await note.boundingBox())!.x)).toBe(Math.round(start.x));
    expect(await note.count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
