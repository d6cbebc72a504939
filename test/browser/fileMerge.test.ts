import { readFileSync } from 'node:fs';
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

const MAP_ID = '6f1d3c3e-7d1b-4d8a-9c55-000000000002';
const node = (id: string, kind: string, name: string, x: number) => ({ id, mapId: MAP_ID, kind, name, x, y: 0 });
const KIRKHOLT = {
  format: 'good-help-map',
  schemaVersion: 1,
  map: { id: MAP_ID, schemaVersion: 1, name: 'Kirkholt offer', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', areas: [], audiences: [], helpTopics: [], criteria: [] },
  nodes: [node('s1', 'space', 'Kirkholt Hub', 0), node('o1', 'organisation', 'Food bank', 300), node('o2', 'organisation', 'Old library', 600)],
  links: [{ id: 'l1', mapId: MAP_ID, source: 'o1', target: 's1', type: 'runsOrHosts', directed: true }],
};

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const nodeOnMap = (page: Page, name: string) => page.locator('.react-flow__node').filter({ hasText: name });

async function downloadMap(page: Page): Promise<string> {
  await flushSaves(page);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Download as a file/ }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

async function openFileFromMenu(page: Page, item: RegExp, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: item }).click();
  await (await chooser).setFiles([{ name, mimeType: 'application/json', buffer: Buffer.from(text) }]);
}

describe('merging two copies of one map edited apart', () => {
  it('keeps both copies’ edits, two fields of one node and a deletion, and undo takes the merge back', async () => {
    const mine = await openApp(browser);
    await mine.page.evaluate((snapshot) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(snapshot), KIRKHOLT);
    await expect.poll(() => mine.page.locator('.react-flow__node').count()).toBe(3);
    const sent = await downloadMap(mine.page);
    expect(JSON.parse(sent).document.encoding).toBe('yjs-update-v1');

    // A colleague opens the emailed file on their laptop, renames the hub and deletes a node.
    const theirs = await openApp(browser);
    await theirs.page.getByText('You have no maps yet').waitFor();
    const chooser = theirs.page.waitForEvent('filechooser');
    await theirs.page.getByRole('button', { name: 'Open a map file…' }).click();
    await (await chooser).setFiles([{ name: 'Kirkholt offer.ghmap', mimeType: 'application/json', buffer: Buffer.from(sent) }]);
    await expect.poll(() => theirs.page.locator('.react-flow__node').count()).toBe(3);
    await nodeOnMap(theirs.page, 'Kirkholt Hub').click();
    await details(theirs.page).getByRole('textbox', { name: 'Name', exact: true }).fill('Kirkholt Community Hub');
    await expect.poll(() => nodeOnMap(theirs.page, 'Kirkholt Community Hub').count()).toBe(1);
    await nodeOnMap(theirs.page, 'Old library').click();
    await theirs.page.locator('.react-flow__pane').press('Delete');
    await expect.poll(() => nodeOnMap(theirs.page, 'Old library').count()).toBe(0);
    const returned = await downloadMap(theirs.page);
    await theirs.context.close();

    // Meanwhile I wrote notes on the same hub and added a node.
    await nodeOnMap(mine.page, 'Kirkholt Hub').click();
    const notes = details(mine.page).getByRole('textbox', { name: 'Notes' });
    await notes.fill('Warm space on Fridays');
    await notes.press('Tab');
    await mine.page.getByRole('button', { name: 'Add organisation' }).click();
    await details(mine.page).getByRole('textbox', { name: 'Name', exact: true }).fill('Credit union');
    await expect.poll(() => nodeOnMap(mine.page, 'Credit union').count()).toBe(1);

    await openFileFromMenu(mine.page, /Merge a map file into this map/, 'Kirkholt offer (Sam).ghmap', returned);
    const dialog = mine.page.getByRole('dialog', { name: 'Merge “Kirkholt offer (Sam).ghmap” into this map' });
    await expect.poll(() => dialog.textContent()).toMatch(/This file is a copy of this map/);
    expect(await dialog.getByRole('region', { name: 'Will change 1' }).textContent()).toMatch(/Kirkholt Community Hub \(name\)/);
    expect(await dialog.getByRole('region', { name: 'Will remove 1 thing' }).textContent()).toMatch(/Old library/);
    await mine.page.screenshot({ path: '/work/team/screens/sync-files/merge-copy-preview.png' }).catch(() => undefined);
    await dialog.getByRole('button', { name: 'Merge' }).click();

    await expect.poll(() => nodeOnMap(mine.page, 'Kirkholt Community Hub').count()).toBe(1);
    await expect.poll(() => nodeOnMap(mine.page, 'Old library').count()).toBe(0);
    expect(await nodeOnMap(mine.page, 'Credit union').count()).toBe(1);
    await nodeOnMap(mine.page, 'Kirkholt Community Hub').click();
    expect(await details(mine.page).getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Warm space on Fridays');
    await expect.poll(() => mine.page.locator('.notice-bar').textContent()).toMatch(/Merged “Kirkholt offer \(Sam\)\.ghmap”: 0 added, 1 changed, 1 removed/);
    // This map is still this map.
    expect(await mine.page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Kirkholt offer');

    await mine.page.locator('.react-flow__pane').click();
    await mine.page.keyboard.press('Control+z');
    await expect.poll(() => nodeOnMap(mine.page, 'Old library').count()).toBe(1);
    expect(await nodeOnMap(mine.page, 'Kirkholt Hub').count()).toBe(1);
    expect(await nodeOnMap(mine.page, 'Credit union').count()).toBe(1);
    expect(appErrors(mine.page)).toEqual([]);
    await mine.context.close();
  });
});
