import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

  it('draws its first picture once, for the camera that fits it, and only then the minimap', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // What the page asks of its picture workers, in order: [worker, camera zoom] for each drawing.
    await context.addInitScript(() => {
      const asked: [number, number][] = [];
      (window as unknown as { asked: typeof asked }).asked = asked;
      let workers = 0;
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          const n = ++workers;
          const post = this.postMessage.bind(this);
          this.postMessage = ((message: { type?: string; view?: { camera: number[] } }, transfer?: Transferable[]) => {
            if (options?.name === 'Map picture' && message?.type === 'draw' && message.view) asked.push([n, message.view.camera[2]!]);
            post(message, transfer ?? []);
          }) as Worker['postMessage'];
        }
      };
    });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    const snapshot = generateSnapshot({ nodes: 3000, links: 9000, seed: 11 });
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a map file…' }).click();
    await (await chooser).setFiles({ name: 'borough.ghmap', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshot)) });
    await page.locator('.map-picture.is-visible[data-drawn]').waitFor({ timeout: 60_000 });
    const zoom = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
    const asked = () => page.evaluate(() => (window as unknown as { asked: [number, number][] }).asked);
    // The map's picture was asked for once, at the fitted zoom: never for React Flow's starting camera (zoom 1).
    const [first, ...rest] = await asked();
    expect(zoom).toBeLessThan(0.5);
    expect(first![1]).toBeCloseTo(zoom, 5);
    expect(rest.filter(([worker]) => worker === first![0])).toEqual([]);
    // The minimap's drawing comes after, from a worker of its own.
    await expect.poll(async () => (await asked()).filter(([worker]) => worker !== first![0]).length, { timeout: 30_000 }).toBe(1);
    await context.close();
  }, 120_000);
});
