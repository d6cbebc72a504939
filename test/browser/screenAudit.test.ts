import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastProblems, floatingOverlaps, smallTargets, tabThrough } from './a11yAudit';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { walkScreens } from './screenWalk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = process.env.SCREENS_DIR;
if (SCREENS) mkdirSync(SCREENS, { recursive: true });

describe('every screen, WCAG 2.2 (focus not obscured, target size)', () => {
  it('at 1366×768: every target is 24 px or spaced, colours contrast, and Tab never loses, hides or covers the focus', { timeout: 240_000 }, async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    const problems: Record<string, string[]> = {};
    await walkScreens(context, page, async (screen, name, within) => {
      if (SCREENS) await screen.screenshot({ path: `${SCREENS}/${name}-1366x768.png` });
      const found = [...(await smallTargets(screen)), ...(await contrastProblems(screen)), ...(await floatingOverlaps(screen)), ...(await tabThrough(screen, { within }))];
      if (found.length) problems[name] = found;
    });
    expect(problems).toEqual({});
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('at 1920×1080 (the projector): every target is 24 px or spaced and colours contrast', { timeout: 120_000 }, async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    const problems: Record<string, string[]> = {};
    await walkScreens(context, page, async (screen, name) => {
      if (SCREENS) await screen.screenshot({ path: `${SCREENS}/${name}-1920x1080.png` });
      const found = [...(await smallTargets(screen)), ...(await contrastProblems(screen)), ...(await floatingOverlaps(screen))];
      if (found.length) problems[name] = found;
    });
    expect(problems).toEqual({});
    await context.close();
  });
});
