import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { legendColours } from './lensHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = process.env.SCREENS_DIR;
const fixture = (name: string, mimeType = 'text/plain') => ({ name, mimeType, buffer: readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)) });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

async function chooseFiles(page: Page, open: () => Promise<void>, files: ReturnType<typeof fixture>[]) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles(files);
}

async function shot(page: Page, name: string) {
  if (SCREENS) await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

describe('bringing in other tools’ files', () => {
  it('imports a Gephi GEXF, mapping a type to a kind in the preview', async () => {
    const { context, page } = await openApp(browser);
    await chooseFiles(page, () => page.getByRole('button', { name: 'Import a spreadsheet…' }).click(), [fixture('gephi-1.2.gexf', 'application/xml')]);
    const dialog = page.getByRole('dialog', { name: 'Import “gephi-1.2.gexf”' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/4 new things, 4 new links, 1 new area/);
    const nodes = dialog.getByRole('region', { name: /gephi-1\.2\.gexf, sheet “Nodes”/ });
    await expect.poll(() => nodes.getByRole('combobox', { name: /^Pilot \(1 row\)/ }).inputValue()).toBe('project');
    await expect.poll(() => nodes.getByText(/^Power, Funded, Modularity Class, .*They show in Details/).count()).toBe(1);
    await nodes.getByRole('combobox', { name: /^Volunteer \(1 row\)/ }).selectOption('person');
    await nodes.getByRole('combobox', { name: /^Pilot \(1 row\)/ }).selectOption('organisation');
    await shot(page, 'gexf-import-preview');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await expect.poll(() => page.locator('.react-flow__node[aria-label="organisation: Warm Spaces Pilot"]').count()).toBe(1);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps a Kumu project’s custom fields: shown and edited in Details, undone, and used by a lens', async () => {
    const { context, page } = await openApp(browser);
    await chooseFiles(page, () => page.getByRole('button', { name: 'Import a spreadsheet…' }).click(), [fixture('kumu-project.json', 'application/json')]);
    const dialog = page.getByRole('dialog', { name: 'Import “kumu-project.json”' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/10 new things, 12 new links/);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(10);

    await page.locator('.react-flow__node[aria-label="organisation: Rochdale Food Bank"]').click();
    const power = details(page).getByRole('textbox', { name: 'power', exact: true });
    await expect.poll(() => power.inputValue()).toBe('7');
    await expect.poll(() => details(page).getByRole('textbox', { name: 'funding' }).inputValue()).toBe('Lottery | Council');
    await power.fill('9');
    await power.press('Tab');
    await details(page).getByRole('textbox', { name: 'New field name' }).fill('Referrals a month');
    await details(page).getByRole('textbox', { name: 'New field value' }).fill('40');
    await details(page).getByRole('button', { name: 'Add field' }).click();
    await expect.poll(() => details(page).getByRole('textbox', { name: 'Referrals a month' }).inputValue()).toBe('40');
    await shot(page, 'details-custom-fields');
    await page.keyboard.press('Control+z');
    await expect.poll(() => details(page).getByRole('textbox', { name: 'Referrals a month' }).count()).toBe(0);
    await expect.poll(() => power.inputValue()).toBe('9');

    await page.getByRole('button', { name: /^Lens/ }).click();
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('custom.power');
    await page.getByRole('combobox', { name: 'Size by' }).selectOption('custom.power');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toEqual(['2 to 3.4', '3.4 to 4.8', '4.8 to 6.2', '7.6 to 9', 'No power']);
    await shot(page, 'lens-custom-field');

    await page.getByRole('button', { name: 'Map settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Map settings' });
    await settings.getByRole('tab', { name: 'Custom fields' }).click();
    await expect.poll(() => settings.getByRole('row', { name: /power Things on the map 7 Numbers/ }).count()).toBe(1);
    await expect.poll(() => settings.getByRole('row', { name: /Connection type Links 3 Text/ }).count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('sets need figures from the Indices of Deprivation, previewing each area and its LSOAs, as one undo step', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Rochdale need');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Map settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Map settings' });
    for (const name of ['Kirkholt', 'Bamford', 'Smallbridge']) {
      await settings.getByRole('textbox', { name: 'New area name' }).fill(name);
      await settings.getByRole('button', { name: 'Add area' }).click();
    }
    await settings.getByRole('button', { name: 'Done' }).click();

    await chooseFiles(
      page,
      async () => {
        await page.getByRole('button', { name: 'File', exact: true }).click();
        await page.getByRole('menuitem', { name: /Import need figures/ }).click();
      },
      [fixture('iod2019-file7-extract.csv', 'text/csv'), fixture('lsoa11-ward19-lookup.csv', 'text/csv')],
    );
    const dialog = page.getByRole('dialog', { name: 'Need figures from the Indices of Deprivation' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Will set need figures for 2 areas\. Left as they are \(no LSOAs in the lookup\): Smallbridge/);
    const kirkholt = dialog.getByRole('row', { name: /^Kirkholt/ });
    await expect.poll(() => kirkholt.textContent()).toMatch(/^Kirkholt14,8103 LSOAs/);
    await kirkholt.getByText('3 LSOAs').click();
    await expect.poll(() => kirkholt.getByRole('listitem').allTextContents()).toEqual([
      'E01005360 Rochdale 020A: decile 1, 1,620 people',
      'E01005361 Rochdale 020B: decile 1, 1,480 people',
      'E01005362 Rochdale 021A: decile 2, 1,710 people',
    ]);
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/2 areas in the lookup are not on the map: Central Rochdale, Norden/);
    await shot(page, 'need-figures-preview');
    await dialog.getByRole('button', { name: 'Set need figures' }).click();

    await page.getByRole('button', { name: 'Map settings' }).click();
    await expect.poll(() => settings.getByRole('combobox', { name: 'Deprivation decile of Kirkholt' }).inputValue()).toBe('1');
    await expect.poll(() => settings.getByRole('textbox', { name: 'Population of Bamford' }).inputValue()).toBe('3,356');
    await settings.getByRole('button', { name: 'Done' }).click();
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'Map settings' }).click();
    await expect.poll(() => settings.getByRole('combobox', { name: 'Deprivation decile of Kirkholt' }).inputValue()).toBe('');
    await settings.getByRole('button', { name: 'Done' }).click();

    // Given to "Import a spreadsheet…" instead, the same files still go to need figures.
    await chooseFiles(
      page,
      async () => {
        await page.getByRole('button', { name: 'File', exact: true }).click();
        await page.getByRole('menuitem', { name: /Import a spreadsheet/ }).click();
      },
      [fixture('iod2019-file7-extract.csv', 'text/csv'), fixture('lsoa11-ward19-lookup.csv', 'text/csv')],
    );
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Will set need figures for 2 areas/);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
