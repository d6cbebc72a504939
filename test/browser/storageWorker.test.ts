import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, flushSaves, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Api = { dispatch(c: unknown): boolean; flush(): Promise<void>; committedAt(): number | null; node(id: string): { name: string } | null };

describe('an edit reaches the disk', () => {
  it('while the page is still busy with it: the storage worker writes it, and it is there after a reload', async () => {
    const { page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Busy page');
    await page.getByRole('button', { name: 'Create map' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Busy page');
    await flushSaves(page);
    const timing = await page.evaluate(async () => {
      const api = (window as unknown as { goodHelpMap: Api }).goodHelpMap;
      // A first edit starts the worker.
      api.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'ann', name: 'Ann' } });
      await api.flush();
      const t0 = performance.now();
      api.dispatch({ type: 'addNode', args: { kind: 'space', x: 200, y: 0, id: 'hub', name: 'Hub' } });
      // The page is held, as a slow frame holds it. A write made from the page could not even
      // read the map's row until it is free again; the worker commits meanwhile.
      const busyUntil = performance.now() + 1000;
      while (performance.now() < busyUntil) {
        /* busy */
      }
      await api.flush();
      return { committedMs: (api.committedAt() ?? Infinity) - t0, busyMs: busyUntil - t0 };
    });
    expect(timing.committedMs).toBeLessThan(timing.busyMs);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as unknown as { goodHelpMap: Api }).goodHelpMap.node('hub')?.name ?? null)).toBe('Hub');
    expect(appErrors(page)).toEqual([]);
  });
});
