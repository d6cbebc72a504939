import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium with the flags our closed network needs (no background fetching). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
}

/** A fresh profile (its own IndexedDB) with the app open on the start screen. */
export async function openApp(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  (page as Page & { appErrors: string[] }).appErrors = errors;
  await page.goto(inject('appUrl'));
  return { context, page };
}

export function appErrors(page: Page): string[] {
  return (page as Page & { appErrors?: string[] }).appErrors ?? [];
}

/** Waits until every change is written to IndexedDB, so a reload must find it. */
export async function flushSaves(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { goodHelpMap: { flush: () => Promise<void> } }).goodHelpMap.flush());
}

/** Opens the demo map from the start screen and waits for its first node. */
export async function openDemoMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
}

/**
 * Waits until the names shown on the map are placed for where the camera rests, with no fit on
 * its way (the app tells, useSeenArea.ts): for a moment after the camera stops, the names are
 * still those placed for where it was.
 */
export async function namesPlaced(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { goodHelpMap: { namesPlaced: () => boolean } }).goodHelpMap.namesPlaced()), { timeout: 15_000 }).toBe(true);
}

/** Waits for the camera to settle (two equal readings 120 ms apart). */
export async function cameraAtRest(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const read = () => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
            const before = read();
            setTimeout(() => resolve(read() === before), 120);
          }),
      ),
    )
    .toBe(true);
}
