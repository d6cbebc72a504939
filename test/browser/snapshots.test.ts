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

describe('snapshots', () => {
  it('saves a snapshot, and comparing it with the map after three edits lists exactly those three', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Kirkholt');
    await page.getByRole('button', { name: 'Create map' }).click();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await page.getByRole('button', { name: 'Add space' }).click();
    await name.fill('Library');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await name.fill('Food bank');
    await expect.poll(() => page.getByRole('group', { name: 'organisation: Food bank' }).count()).toBe(1);

    const session = page.getByRole('button', { name: 'Session', exact: true });
    await session.click();
    await page.getByRole('menuitem', { name: 'Save snapshot…' }).click();
    await page.getByRole('textbox', { name: 'Snapshot name' }).fill('Before the workshop');
    await page.getByRole('button', { name: 'Save snapshot', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Exactly three edits: rename one node, add one, delete one.
    await page.getByRole('group', { name: 'space: Library' }).click();
    await name.fill('Central Library');
    await page.getByRole('button', { name: 'Add person' }).click();
    await name.fill('Advocate');
    await page.getByRole('group', { name: 'organisation: Food bank' }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node-mapNode').count()).toBe(2);
    await flushSaves(page);

    // The snapshot is still there after a reload.
    await page.reload();
    await page.locator('.react-flow__node-mapNode').first().waitFor();
    await session.click();
    await page.getByRole('menuitem', { name: 'Snapshots and compare…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Snapshots and compare' });
    await dialog.getByRole('button', { name: 'Compare Before the workshop with the map now' }).click();

    const panel = page.getByRole('region', { name: 'Compare snapshots' });
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('3 changes to nodes and links.');
    const group = (title: string) => panel.getByRole('region', { name: title });
    expect(await panel.locator('section').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      'Nodes added (1)',
      'Nodes changed (1)',
      'Nodes removed (1)',
    ]);
    expect(await group('Nodes added (1)').getByRole('listitem').allTextContents()).toEqual(['AdvocatePerson']);
    expect(await group('Nodes changed (1)').getByRole('listitem').first().textContent()).toBe('Central LibrarySpaceRenamed from “Library” to “Central Library”');
    expect(await group('Nodes removed (1)').getByRole('listitem').allTextContents()).toEqual(['Food bankOrganisation']);
    // On the map: the new and changed nodes are marked; the entry finds its node.
    expect(await page.locator('.compare-mark').allTextContents()).toEqual(expect.arrayContaining(['New', 'Changed']));
    await group('Nodes changed (1)').getByRole('button', { name: /Central Library/ }).click();
    await expect.poll(() => name.inputValue()).toBe('Central Library');

    // Rename and delete the snapshot.
    await panel.getByRole('button', { name: 'Close the comparison' }).click();
    expect(await page.locator('.compare-mark').count()).toBe(0);
    await session.click();
    await page.getByRole('menuitem', { name: 'Snapshots and compare…' }).click();
    await dialog.getByRole('button', { name: 'Rename Before the workshop' }).click();
    await dialog.getByRole('textbox', { name: 'New name for Before the workshop' }).fill('Start of the day');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => dialog.getByRole('cell', { name: 'Start of the day', exact: true }).count()).toBe(1);

    // Opened as a map of its own, the snapshot is the map as it was; this map is unchanged.
    await dialog.getByRole('button', { name: 'Open Start of the day as a new map' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Kirkholt (Start of the day)');
    // Its nodes are drawn a frame after its name shows: wait for them, rather than read the first frame.
    await expect.poll(async () => (await page.locator('.react-flow__node-mapNode').allInnerTexts()).map((t) => t.split('\n')[0]).sort()).toEqual(['Food bank', 'Library']);
    await page.getByRole('button', { name: '← Your maps' }).click();
    await page.getByRole('button', { name: 'Kirkholt', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__node-mapNode').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Central Library')]));
    await session.click();
    await page.getByRole('menuitem', { name: 'Snapshots and compare…' }).click();
    page.once('dialog', (confirm) => void confirm.accept());
    await dialog.getByRole('button', { name: 'Delete Start of the day' }).click();
    await expect.poll(() => dialog.textContent()).toContain('No snapshots of this map yet.');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
