import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { appErrors, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Api = { goodHelpMap: { dispatch: (c: unknown) => boolean; node: (id: string) => { name: string } | null } };

describe('opening a big map file', () => {
  it('draws it, keeps an edit made straight away, says "Saving…" until it is stored, and finds both after a reload', async () => {
    const { context, page } = await openApp(browser);
    const snapshot = generateSnapshot({ nodes: 5000, links: 15000, seed: 7 }) as { nodes: { id: string; name: string }[] };
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a map file…' }).click();
    await (await chooser).setFiles({ name: 'borough.ghmap', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshot)) });
    await page.locator('.map-picture.is-visible[data-drawn]').waitFor({ timeout: 60_000 });
    // Straight after the first draw, while the map's document is still being written behind it.
    const renamed = await page.evaluate(() => ({
      ok: (window as unknown as Api).goodHelpMap.dispatch({ type: 'updateNode', args: { id: 'n1', changes: { name: 'Renamed straight after opening' } } }),
      status: document.querySelector('[role="status"].save-status')?.textContent,
    }));
    expect(renamed).toEqual({ ok: true, status: 'Saving…' });
    await expect.poll(() => page.getByText('All changes saved').count(), { timeout: 60_000 }).toBe(1);
    await page.reload();
    await page.locator('.map-picture.is-visible[data-drawn]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as Api).goodHelpMap.node('n1')?.name)).toBe('Renamed straight after opening');
    expect(await page.evaluate(() => (window as unknown as Api).goodHelpMap.node('n4999')?.name)).toBe(snapshot.nodes.find((n) => n.id === 'n4999')?.name);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
