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

const ELEMENTS = `Label,Type,Description,Tags
Kirkholt Hub,Space,Drop-in on Tuesdays,warm | food
Kirkholt Food Bank,Charity,,food
Hub co-ordinator,Person,,
Warm Welcome,Project,,
`;
const CONNECTIONS = `From,To,Type
Kirkholt Food Bank,Kirkholt Hub,Runs
Hub co-ordinator,Kirkholt Hub,Works at
Warm Welcome,Kirkholt Hub,Meets at
`;

const MAP_ID = '6f1d3c3e-7d1b-4d8a-9c55-000000000001';
const person = (id: string, name: string, extra: object = {}) => ({ id, mapId: MAP_ID, kind: 'person', name, x: 0, y: 200, role: 'Volunteer', contact: `${name.split(' ')[0]}@example.org`, notes: `${name} knows everyone`, ...extra });
const PEOPLE_MAP = {
  format: 'good-help-map',
  schemaVersion: 1,
  map: { id: MAP_ID, schemaVersion: 1, name: 'Kirkholt people', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', areas: [], audiences: [], helpTopics: [], criteria: [] },
  nodes: [
    person('p1', 'Amy Khan'),
    { ...person('p2', 'Bob Smith'), x: 300 },
    { ...person('p3', 'Carla Jones', { sensitive: true }), x: 600 },
    { id: 's1', mapId: MAP_ID, kind: 'space', name: 'Kirkholt Hub', x: 300, y: 0, notes: 'Amy Khan opens up' },
  ],
  links: [
    { id: 'l1', mapId: MAP_ID, source: 'p1', target: 's1', type: 'worksAt', directed: true },
    { id: 'l2', mapId: MAP_ID, source: 'p3', target: 's1', type: 'worksAt', directed: true },
  ],
};

async function chooseFiles(page: Page, button: RegExp | string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
}

async function saveShareable(page: Page, options: { passphrase?: string }): Promise<string> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Save a shareable copy/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a shareable copy' });
  await expect.poll(() => dialog.getByRole('checkbox', { name: /Anonymise people/ }).isChecked()).toBe(true);
  if (options.passphrase) {
    await dialog.getByRole('checkbox', { name: /Lock with a passphrase/ }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
    await dialog.getByLabel('Type it again').fill(options.passphrase);
  }
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the copy…' }).click();
  const path = await (await download).path();
  return readFileSync(path!, 'utf8');
}

describe('files', () => {
  it('imports a Kumu-style CSV pair from the start screen and shows the nodes and links', async () => {
    const { context, page } = await openApp(browser);
    await chooseFiles(page, 'Import a spreadsheet…', [
      { name: 'Kirkholt - elements.csv', mimeType: 'text/csv', buffer: Buffer.from(ELEMENTS) },
      { name: 'Kirkholt - connections.csv', mimeType: 'text/csv', buffer: Buffer.from(CONNECTIONS) },
    ]);
    const dialog = page.getByRole('dialog', { name: 'Import 2 files' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/4 new things, 3 new links/);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Kirkholt');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);
    for (const name of ['Kirkholt Hub', 'Kirkholt Food Bank', 'Hub co-ordinator', 'Warm Welcome']) {
      await expect.poll(() => page.locator('.react-flow__node', { hasText: name }).count()).toBe(1);
    }
    // Importing the same files into the open map updates; undo takes the whole import back.
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const again = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: /Import a spreadsheet/ }).click();
    await (await again).setFiles([{ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('Label,Type\nKirkholt Hub,Space\nNew Library,Space\n') }]);
    const second = page.getByRole('dialog', { name: 'Import “more.csv”' });
    await expect.poll(() => second.getByRole('status').textContent()).toMatch(/1 new thing; 1 thing stays as it is/);
    await second.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.notice-bar').textContent()).toMatch(/Imported from more.csv: 1 new thing\. Undo/);
    await page.getByRole('button', { name: 'Fit map' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(5);
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('saves an anonymised shareable copy that opens in a fresh profile with no person’s name', async () => {
    const { context, page } = await openApp(browser);
    await page.evaluate((snapshot) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(snapshot), PEOPLE_MAP);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await flushSaves(page);
    const text = await saveShareable(page, {});
    for (const secret of ['Amy', 'Bob Smith', 'Carla', 'example.org', 'knows everyone']) expect(text).not.toContain(secret);
    await context.close();

    const fresh = await openApp(browser);
    await fresh.page.getByText('You have no maps yet').waitFor();
    await chooseFiles(fresh.page, 'Open a map file…', [{ name: 'Kirkholt people (shareable).ghmap', mimeType: 'application/json', buffer: Buffer.from(text) }]);
    await expect.poll(() => fresh.page.locator('.react-flow__node').count()).toBe(3);
    await expect.poll(() => fresh.page.locator('.react-flow__node', { hasText: 'Volunteer 1' }).count()).toBe(1);
    // Told apart from the original in Your maps.
    expect(await fresh.page.getByRole('textbox', { name: 'Map name' }).inputValue()).toMatch(/\(shareable copy\)$/);
    expect(await fresh.page.locator('.react-flow').textContent()).not.toMatch(/Amy|Bob|Carla/);
    expect(appErrors(fresh.page)).toEqual([]);
    await fresh.context.close();
  });

  it('locks a copy with a passphrase: a wrong one says so and opens nothing, the right one opens it', async () => {
    const { context, page } = await openApp(browser);
    await page.evaluate((snapshot) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(snapshot), PEOPLE_MAP);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    const text = await saveShareable(page, { passphrase: 'kirkholt workshop' });
    expect(JSON.parse(text).encrypted.cipher).toBe('AES-GCM');
    expect(text).not.toContain('Kirkholt');
    await context.close();

    const fresh = await openApp(browser);
    await chooseFiles(fresh.page, 'Open a map file…', [{ name: 'locked.ghmap', mimeType: 'application/json', buffer: Buffer.from(text) }]);
    const dialog = fresh.page.getByRole('dialog', { name: 'This map is locked' });
    await dialog.getByLabel('Passphrase').fill('wrong guess');
    await dialog.getByRole('button', { name: 'Open map' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/passphrase is not right/);
    expect(await fresh.page.getByRole('button', { name: 'Create map' }).isVisible()).toBe(true);
    await dialog.getByLabel('Passphrase').fill('kirkholt workshop');
    await dialog.getByRole('button', { name: 'Open map' }).click();
    await expect.poll(() => fresh.page.locator('.react-flow__node').count()).toBe(3);
    await fresh.context.close();
  });

  it('round-trips a map through Save as and Open, and refuses a damaged file by name without changing anything', async () => {
    const { context, page } = await openApp(browser);
    await page.evaluate((snapshot) => (window as unknown as { goodHelpMap: { openSnapshot: (s: unknown) => Promise<void> } }).goodHelpMap.openSnapshot(snapshot), PEOPLE_MAP);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /Download as a file/ }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('Kirkholt people.ghmap');
    const text = readFileSync((await saved.path())!, 'utf8');
    expect(JSON.parse(text).nodes.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(['Amy Khan', 'Bob Smith', 'Carla Jones']));

    await page.getByRole('button', { name: '← Your maps' }).click();
    await expect.poll(() => page.getByRole('list').getByRole('button', { name: 'Kirkholt people', exact: true }).count()).toBe(1);
    await chooseFiles(page, 'Open a map file…', [{ name: 'cut-short.ghmap', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 500)) }]);
    await expect.poll(() => page.locator('.notice-bar').textContent()).toMatch(/“cut-short.ghmap” could not be used: the file ends too early.*Nothing has been changed/);
    await expect.poll(() => page.getByRole('list').getByRole('button', { name: 'Kirkholt people', exact: true }).count()).toBe(1);

    await chooseFiles(page, 'Open a map file…', [{ name: 'Kirkholt people.ghmap', mimeType: 'application/json', buffer: Buffer.from(text) }]);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await page.getByRole('button', { name: '← Your maps' }).click();
    // Opened as a second map: the original is untouched.
    await expect.poll(() => page.getByRole('list').getByRole('button', { name: 'Kirkholt people', exact: true }).count()).toBe(2);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
