import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../unit/orukFeedServer';
import { appErrors, launchBrowser, openApp } from './browserHarness';

const SCREENS = process.env.SCREENS_DIR;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'oruk3');

let browser: Browser;
let feed: FeedServer;
beforeAll(async () => {
  browser = await launchBrowser();
  feed = await startFeedServer();
});
afterAll(async () => {
  await browser?.close();
  await feed?.close();
});

/**
 * The browser edition keeps `connect-src 'self'`, so it reads a feed only from its own
 * address: the test serves the feed server's pages under the app's origin (/oruk/…).
 */
async function serveFeedAtAppOrigin(page: Page): Promise<string> {
  const app = inject('appUrl');
  await page.route(`${app}oruk/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await fetch(`${feed.url.replace(/\/api$/, '')}${url.pathname.replace(/^\/oruk/, '')}${url.search}`);
      await route.fulfill({ status: response.status, contentType: 'application/json', body: await response.text() });
    } catch {
      await route.abort().catch(() => undefined);
    }
  });
  return `${app}oruk/api`;
}

async function readFeed(page: Page, address?: string) {
  const dialog = page.getByRole('dialog', { name: 'Import from an Open Referral UK feed' });
  if (address !== undefined) await dialog.getByRole('textbox', { name: 'Address of the feed' }).fill(address);
  await dialog.getByRole('button', { name: 'Read the feed' }).click();
}

async function shot(page: Page, name: string) {
  if (SCREENS) await page.screenshot({ path: join(SCREENS, name) });
}

describe('importing from an Open Referral UK feed', () => {
  it('reads the feed with progress, imports it in one step, lists what changed on a re-run, and cancels', async () => {
    const { context, page } = await openApp(browser);
    const address = await serveFeedAtAppOrigin(page);
    await page.getByRole('button', { name: 'Import from an Open Referral UK feed…' }).click();
    await readFeed(page, 'http://directory.example.gov.uk/api');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/must start with https:\/\//);
    await shot(page, 'feed-dialog-address-problem.png');
    await readFeed(page, address);
    const host = new URL(address).host;
    const preview = page.getByRole('dialog', { name: `Import from ${host}` });
    await expect.poll(() => preview.getByRole('status').textContent()).toMatch(/Will import as a new map: 4 new things, 2 new links, 1 new area/);
    await expect.poll(() => preview.textContent()).toMatch(/Read 3 services, 2 organisations, 3 services at locations from 4 pages and 3 service records/);
    await shot(page, 'feed-preview.png');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);

    // The directory renames a hall and changes its hours: a re-run updates by id and says so.
    feed.edit((t) => t.replaceAll('St Mary’s Hall', 'St Mary’s Church Hall').replaceAll('"13:00:00"', '"12:30:00"'));
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /Import from an Open Referral UK feed/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Address of the feed' }).inputValue()).toBe(address);
    await readFeed(page);
    await expect.poll(() => preview.getByRole('status').textContent()).toMatch(/Will import into this map: 1 thing updated; 3 things stay as they are/);
    await preview.getByText(/What changes in what is already on the map \(1\)/).click();
    await expect.poll(() => preview.getByRole('listitem').first().textContent()).toBe('St Mary’s Hall → St Mary’s Church Hall — name, opening times');
    await shot(page, 'feed-rerun-changes.png');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.react-flow__node', { hasText: 'St Mary’s Church Hall' }).count()).toBe(1);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);

    // A feed that goes on and on: progress counts its pages, and Cancel stops it with nothing changed.
    feed.mode = 'trickle';
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /Import from an Open Referral UK feed/ }).click();
    await readFeed(page);
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toMatch(/Reading page [3-9] of 500,000 of \/services — \d+ records so far/);
    expect(await preview.getByRole('progressbar').getAttribute('max')).toBe('500000');
    await shot(page, 'feed-progress.png');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.notice-bar').textContent()).toMatch(/Reading the feed was cancelled\. Nothing has been changed\./);
    await page.getByRole('button', { name: 'Fit map' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    feed.mode = 'normal';
    feed.edit((t) => t);
    expect(appErrors(page).filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('recognises ORUK 3.0 CSV tables chosen together and names the ones it does not use', async () => {
    const { context, page } = await openApp(browser, { width: 1280, height: 900 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a spreadsheet…' }).click();
    const names = readdirSync(join(FIXTURES, 'csv')).sort();
    await (await chooser).setFiles(names.map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, 'csv', name)) })));
    const dialog = page.getByRole('dialog', { name: `Import ${names.length} files` });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Will import as a new map: 4 new things, 2 new links, 1 new area/);
    await expect.poll(() => dialog.getByRole('list', { name: 'Things to check' }).textContent()).toMatch(/cost_options\.csv: not used — costs are not kept on the map/);
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Social isolation' }).inputValue()).toBe('loneliness');
    await expect.poll(() => dialog.getByRole('list', { name: 'Things to check' }).textContent()).toMatch(/left out: Bingo/);
    await dialog.getByRole('combobox', { name: 'Bingo' }).selectOption({ label: 'Loneliness' });
    await expect.poll(() => dialog.getByRole('list', { name: 'Things to check' }).textContent()).not.toMatch(/Bingo/);
    await expect.poll(() => dialog.getByRole('button', { name: 'Import' }).isEnabled()).toBe(true);
    await shot(page, 'oruk-csv-preview.png');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
