import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { appErrors, flushSaves, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('two windows on one map', () => {
  it('stay in step: a sticky note added in one and the map renamed in the other are both kept', async () => {
    const { context, page: a } = await openApp(browser);
    await a.getByRole('textbox', { name: 'Name of the new map' }).fill('Shared');
    await a.getByRole('button', { name: 'Create map' }).click();
    await expect.poll(() => a.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Shared');
    await flushSaves(a);
    // A second tab of the same profile reopens the last map: the same one.
    const b = await context.newPage();
    await b.goto(inject('appUrl'));
    await expect.poll(() => b.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Shared');

    await a.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await a.keyboard.press('n');
    await expect.poll(() => a.getByRole('textbox', { name: 'Sticky note text' }).evaluate((e) => e === document.activeElement)).toBe(true);
    await a.keyboard.type('Ask the GP');
    await a.keyboard.press('Escape');
    const nameBox = b.getByRole('textbox', { name: 'Map name' });
    await nameBox.fill('Renamed in B');
    await nameBox.press('Enter');

    await expect.poll(() => a.getByRole('textbox', { name: 'Map name' }).inputValue(), { timeout: 1000 }).toBe('Renamed in B');
    await expect.poll(() => b.getByRole('group', { name: 'Sticky note: Ask the GP' }).count(), { timeout: 1000 }).toBe(1);
    await expect.poll(() => a.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);

    await flushSaves(a);
    await flushSaves(b);
    await b.close();
    await a.reload();
    await expect.poll(() => a.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Renamed in B');
    await expect.poll(() => a.getByRole('group', { name: 'Sticky note: Ask the GP' }).count()).toBe(1);
    expect(appErrors(a)).toEqual([]);
    await context.close();
  });
});

describe('the database of the previous release', () => {
  it('moves a version 2 database with its maps and snapshots into the new store on first start', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Seeds IndexedDB exactly as the previous release's Dexie (schema version 2 = IDB version 20)
    // laid it out, before the app's own scripts run; the app's open waits for this one.
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      const request = indexedDB.open('good-help-map', 20);
      request.onupgradeneeded = () => {
        const db = request.result;
        const maps = db.createObjectStore('maps', { keyPath: 'id' });
        maps.createIndex('updatedAt', 'updatedAt');
        for (const table of ['nodes', 'links']) db.createObjectStore(table, { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
        db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('mapId', 'mapId');
        const stamp = '2026-02-01T09:00:00.000Z';
        const map = { id: 'm1', schemaVersion: 1, name: 'Made last year', description: '', createdAt: stamp, updatedAt: stamp, deletedAt: null, areas: [], audiences: [], helpTopics: [], criteria: [], views: [], parkingLot: [], stickyNotes: [{ id: 'st', text: 'Kept note', colour: 'yellow', x: 0, y: -200, width: 200, height: 140 }], voting: { participants: [], dotsEach: 3, votes: [], tallyHidden: false } };
        const tx = request.transaction!;
        tx.objectStore('maps').add(map);
        tx.objectStore('nodes').add({ id: 'n1', mapId: 'm1', kind: 'space', name: 'Old library', x: 0, y: 0, pinned: false, tags: [], notes: '', lastChecked: null, selfAssessment: {}, reflections: [], areaId: null, address: '', postcode: '', sessions: [], audiences: [], criteriaMet: [] });
        tx.objectStore('snapshots').add({ id: 's1', mapId: 'm1', name: 'Before the move', createdAt: stamp, nodeCount: 0, linkCount: 0, snapshot: { format: 'good-help-map', schemaVersion: 1, map, nodes: [], links: [] } });
      };
      request.onsuccess = () => request.result.close();
    });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByRole('button', { name: 'Made last year', exact: true }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Made last year');
    await expect.poll(() => page.getByRole('group', { name: 'Sticky note: Kept note' }).count()).toBe(1);
    await expect.poll(() => page.locator('.react-flow__node').filter({ hasText: 'Old library' }).count()).toBe(1);
    const version = await page.evaluate(() => new Promise<number>((resolve) => {
      const r = indexedDB.open('good-help-map');
      r.onsuccess = () => {
        resolve(r.result.version);
        r.result.close();
      };
    }));
    expect(version).toBe(30);
    await context.close();
  });
});
