import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastProblems, floatingOverlaps, smallTargets } from './a11yAudit';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { cutText } from './cutText';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = process.env.SCREENS_DIR;
const PROJECTOR = { width: 1920, height: 1080 };

/** Everything wrong with what is on screen now: contrast, small targets, overlaps, cut text in `scope`. */
async function problemsIn(page: Page, scope: string): Promise<string[]> {
  return [...(await contrastProblems(page)), ...(await smallTargets(page)), ...(await floatingOverlaps(page)), ...(await cutText(page, scope))];
}

/** The dialog on screen now, once it has come to rest, and nothing of it off the window. */
async function openDialog(page: Page, name: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length)).toBe(0);
  const box = (await dialog.boundingBox())!;
  expect(box.y, `${String(name)} is on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${String(name)} is on screen`).toBeLessThanOrEqual(PROJECTOR.height);
  // Its title and Close are in sight: not scrolled away by where the keyboard starts.
  const title = (await dialog.getByRole('heading', { level: 2 }).first().boundingBox())!;
  expect(title.y, `${String(name)}'s title is in sight`).toBeGreaterThanOrEqual(box.y);
}

/**
 * Where the keyboard is as a dialog opens, if not where it should be: on its first field, or
 * (a dialog with none, or one to read) on its text or first control other than Close.
 */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]')!;
    const focused = document.activeElement;
    const describe = (el: Element | null) => (el ? `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”` : 'nothing');
    if (!focused || !dialog.contains(focused)) return `the focus is on ${describe(focused)}, outside the dialog`;
    const field = [...dialog.querySelectorAll<HTMLElement>('input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)')].find((el) => el.checkVisibility());
    const content = dialog.querySelector('.dialog__content');
    if (focused === content) return null;
    if (field) return focused === field || (field instanceof HTMLInputElement && field.type === 'radio' && focused instanceof HTMLInputElement && focused.name === field.name) ? null : `the focus is on ${describe(focused)}, not the first field ${describe(field)}`;
    return focused.closest('.dialog__header') ? `the focus is on ${describe(focused)} in the title bar` : null;
  });
}

/** Workshop mode, the demo map open: its toolbar tucked away, brought out as a menu is used. */
async function workshopDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 500 } });
  await page.keyboard.press('w');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('workshop');
  // Tucked away: while it slides up, the toolbar passes over the legend.
  await page.waitForFunction(() => document.querySelector('.toolbar')!.getAnimations().every((a) => a.playState !== 'running'));
}

/** Opens each dialog, audits it (and where the keyboard starts), screenshots it and closes it with Escape. */
async function auditDialogs(page: Page, dialogs: readonly (readonly [string, string | RegExp, () => Promise<void>])[]): Promise<Record<string, string[]>> {
  const problems: Record<string, string[]> = {};
  for (const [file, name, open] of dialogs) {
    await page.locator('.map-canvas').focus();
    await open();
    await openDialog(page, name);
    if (SCREENS) await page.screenshot({ path: `${SCREENS}/workshop-${file}-1920x1080.png` });
    const found = await problemsIn(page, 'dialog[open]');
    const focus = await focusProblem(page);
    if (focus) found.push(focus);
    if (found.length) problems[file] = found;
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }
  return problems;
}

const fixture = (name: string, mimeType: string) => ({ name, mimeType, buffer: readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)) });

describe('workshop mode on a projector (1920×1080)', () => {
  it('shows every dialog whole, in contrast, with targets big enough', { timeout: 120_000 }, async () => {
    const { context, page } = await openApp(browser, PROJECTOR);
    await workshopDemo(page);
    const problems = await auditDialogs(page, [
      ['find', 'Find a node', () => page.keyboard.press('Control+f')],
      ['quick-capture', 'Quick capture', () => page.keyboard.press('q')],
      ['map-settings', 'Map settings', () => page.keyboard.press('Control+,')],
      ['shortcuts', 'Keyboard shortcuts', () => page.keyboard.press('?')],
    ]);
    expect(problems).toEqual({});
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('the other dialogs in workshop mode on a projector (1920×1080)', () => {
  it('shows Good Help, sharing, import and link dialogs whole, in contrast, starting on their first field', { timeout: 180_000 }, async () => {
    const { context, page } = await openApp(browser, PROJECTOR);
    await workshopDemo(page);
    // The menus are in the toolbar: out with E, as a facilitator at the keyboard would.
    await page.keyboard.press('e');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.workshopTools)).toBe('open');
    const menu = (button: string, item: string | RegExp) => async () => {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('menuitem', { name: item }).click();
    };
    // Audited once the file is read and its preview shown (the dialog grows then).
    const importing = (files: ReturnType<typeof fixture>[], item: string | RegExp = /Import a spreadsheet/, ready = 'Import') => async () => {
      const chooser = page.waitForEvent('filechooser');
      await menu('File', item)();
      await (await chooser).setFiles(files);
      await page.getByRole('dialog').getByRole('button', { name: ready, exact: true }).waitFor();
    };
    const csv = { name: 'groups.csv', mimeType: 'text/csv', buffer: Buffer.from('Label,Type,Area\nKirkholt Hub,Space,Kirkholt\nWarm Welcome Café,Organisation,Kingsway\n') };
    const problems = await auditDialogs(page, [
      ['strengths', 'Good Help strengths', menu('Good Help', 'Strengths…')],
      ['milestones', 'Good Help milestones', menu('Good Help', 'Milestones…')],
      ['share-with-team', 'Share with your team', menu('File', /Share with your team/)],
      ['import-kumu', 'Import “kumu-project.json”', importing([fixture('kumu-project.json', 'application/json')])],
      ['import-gephi', 'Import “gephi-1.3.gexf”', importing([fixture('gephi-1.3.gexf', 'application/xml')])],
      ['import-graphml', 'Import “network.graphml”', importing([fixture('network.graphml', 'application/xml')])],
      ['import-csv', 'Import “groups.csv”', importing([csv])],
      ['import-need-figures', 'Need figures from the Indices of Deprivation', importing([fixture('iod2019-file7-extract.csv', 'text/csv'), fixture('lsoa11-ward19-lookup.csv', 'text/csv')], /Import need figures/, 'Set need figures')],
      ['import-feed', 'Import from an Open Referral UK feed', menu('File', /Import from an Open Referral UK feed/)],
      [
        'link',
        /^Link .* to…$/,
        async () => {
          await page.getByRole('group', { name: 'space: Kingsway Youth Hub' }).click();
          await page.keyboard.press('l');
        },
      ],
    ]);
    expect(problems).toEqual({});
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('the exported gap-analysis report', () => {
  it('reads whole and in contrast on a laptop screen', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('region', { name: 'Gap analysis' }).getByRole('button', { name: /report/i }).first().click();
    const html = readFileSync((await (await download).path())!, 'utf8');
    const report = await context.newPage();
    await report.setContent(html);
    if (SCREENS) await report.screenshot({ path: `${SCREENS}/report-1366x768.png`, fullPage: true });
    expect(await contrastProblems(report)).toEqual([]);
    expect(await cutText(report)).toEqual([]);
    await context.close();
  });
});
