import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp, openDemoMap } from './browserHarness';
import { settled } from './screenWalk';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it(`chips in pane`, async () => {
  const { context, page } = await openApp(browser, { width: 1366, height: 768 });
  await openDemoMap(page);
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 300 } });
  await page.keyboard.press('w');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('workshop');
  await settled(page);
  await page.keyboard.press('e');
  await page.waitForTimeout(1500);
  await settled(page);
  await page.screenshot({ path: '/tmp/scr/zzchip.png' });
  console.log(await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return JSON.stringify({ pane, out: [...document.querySelectorAll('.react-flow__node')].map((n) => ({ l: n.getAttribute('aria-label'), r: n.querySelector('.map-node:not(.is-unlabelled)')?.getBoundingClientRect() })).filter((x) => x.r && (x.r.left < pane.left || x.r.right > pane.right || x.r.top < pane.top || x.r.bottom > pane.bottom)) });
  }));
  await context.close();
});
