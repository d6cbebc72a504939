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

describe('workshop mode on a projector (1920×1080)', () => {
  it('shows every dialog whole, in contrast, with targets big enough', { timeout: 120_000 }, async () => {
    const { context, page } = await openApp(browser, PROJECTOR);
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 500 } });
    await page.keyboard.press('w');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('workshop');

    const problems: Record<string, string[]> = {};
    const dialogs: [string, string | RegExp, () => Promise<void>][] = [
      ['find', 'Find a node', () => page.keyboard.press('Control+f')],
      ['quick-capture', 'Quick capture', () => page.keyboard.press('q')],
      ['map-settings', 'Map settings', () => page.keyboard.press('Control+,')],
      ['shortcuts', 'Keyboard shortcuts', () => page.keyboard.press('?')],
    ];
    for (const [file, name, open] of dialogs) {
      await page.locator('.map-canvas').focus();
      await open();
      await openDialog(page, name);
      if (SCREENS) await page.screenshot({ path: `${SCREENS}/workshop-${file}-1920x1080.png` });
      const found = await problemsIn(page, 'dialog[open]');
      if (found.length) problems[file] = found;
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
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
