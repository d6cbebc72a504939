// Joining a shared 5,000-node map from an invite, in Debian's Chromium, until the map is drawn:
// the Join dialog's button to the first picture. Peer in the same run: opening the same map
// from this browser's own store afterwards (no network), so the figure reads as a ratio on a
// loaded machine. Team server in this process on 127.0.0.1, on a free port.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { expect, it } from 'vitest';
import { createSharedMapResponseSchema } from '../shared/sync/teamServerLimits';
import { formatInvite } from '../shared/sync/invite';
import { parseServerAddress } from '../shared/sync/serverAddress';
import { connectClient, startTestServer, tempDataFolder, waitFor } from '../test/server/teamServerHarness';
import { benchMapDocument } from './teamServerClients';

const RUNS = Number(process.env.JOIN_RUNS ?? 3);
const SIZE = Number(process.env.JOIN_NODES ?? 5000);

it('joining a shared 5,000-node map: from Join to first draw', async () => {
  const app = await preview({ configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const data = tempDataFolder();
  const server = await startTestServer(data.path);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'] });
  try {
    const teamKey = server.keys.createTeamKey('Bench team');
    const response = await fetch(`${server.httpUrl}/api/maps`, { method: 'POST', headers: { Authorization: `Bearer ${teamKey}` }, body: JSON.stringify({ name: 'Bench map' }) });
    const made = createSharedMapResponseSchema.parse(await response.json());
    const uploader = connectClient(server.url, made.mapId, made.editKey, benchMapDocument(SIZE, SIZE * 3));
    await uploader.synced;
    await waitFor('the upload', () => uploader.provider.unsyncedChanges === 0, 60_000);
    const address = parseServerAddress(`127.0.0.1:${server.port}`);
    if (!address.ok) throw new Error(address.message);
    const invite = formatInvite({ server: address.address, mapId: made.mapId, key: made.editKey, mapName: 'Bench map' });
    const joins: number[] = [];
    const reopens: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(app.resolvedUrls!.local[0]!);
      await page.getByRole('button', { name: 'Join a shared map…' }).click();
      await page.getByRole('textbox', { name: 'Invite' }).fill(invite);
      await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
      // The window may start again once to allow the server (its connect policy); then it carries on.
      const started = Date.now();
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await page
        .locator('.react-flow__node, .map-picture.is-visible[data-drawn]')
        .first()
        .waitFor({ timeout: 120_000 })
        .catch(async (error: unknown) => {
          await page.screenshot({ path: '/tmp/join-bench-failure.png' });
          throw error;
        });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      joins.push(Date.now() - started);
      const mapId = await page.evaluate(() => (window as unknown as { goodHelpMap: { mapId: () => string } }).goodHelpMap.mapId());
      await page.getByRole('button', { name: '← Your maps' }).click();
      await page.getByRole('button', { name: 'Create map' }).waitFor();
      const again = Date.now();
      await page.evaluate((id) => (window as unknown as { goodHelpMap: { openMap: (id: string) => Promise<void> } }).goodHelpMap.openMap(id), mapId);
      await page.locator('.react-flow__node, .map-picture.is-visible[data-drawn]').first().waitFor({ timeout: 120_000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      reopens.push(Date.now() - again);
      await context.close();
    }
    const best = (xs: number[]) => Math.min(...xs);
    console.log(
      `Join a shared ${SIZE}-node / ${SIZE * 3}-link map (Chromium, team server on 127.0.0.1, machine shared and loaded): Join to first draw best ${best(joins)} ms (runs ${joins.join(', ')}); ` +
        `peer, opening it again from this browser's store: best ${best(reopens)} ms (runs ${reopens.join(', ')}); ratio ${(best(joins) / best(reopens)).toFixed(2)}×`,
    );
    expect(joins).toHaveLength(RUNS);
    uploader.close();
  } finally {
    await browser.close();
    await server.stop();
    data.remove();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  }
}, 600_000);
