// Two team-server processes sharing maps through Redis (REDIS_URL), in the built app: one person
// shares on the first process, a colleague joins through the second, and both see every edit.
// Debian's redis-server and both processes run on 127.0.0.1 on free ports, stopped after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeamServer, startRedis, startServerProcess, type RunningProcess } from '../server/processHarness';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { joinFromInvite, nodeField, shareNewMapOn, sharingStatus, update } from './sharingHelpers';

let browser: Browser;
let work: string;
let redis: RunningProcess & { url: string };
let first: Awaited<ReturnType<typeof startServerProcess>>;
let second: Awaited<ReturnType<typeof startServerProcess>>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ghm-redis-browser-'));
  const [bundle, startedRedis, startedBrowser] = await Promise.all([buildTeamServer(join(work, 'dist')), startRedis(), launchBrowser()]);
  redis = startedRedis;
  browser = startedBrowser;
  const data = join(work, 'data');
  first = await startServerProcess(bundle, data, { REDIS_URL: redis.url, GHM_SERVER_NAME: 'first' });
  second = await startServerProcess(bundle, data, { REDIS_URL: redis.url, GHM_SERVER_NAME: 'second' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([first?.stop(), second?.stop()]);
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The same invite, pointed at another server process (as a load balancer would send it). */
function throughServer(invite: string, websocketUrl: string): string {
  const [prefix, query] = invite.split('?') as [string, string];
  const params = new URLSearchParams(query);
  params.set('server', websocketUrl);
  return `${prefix}?${params.toString()}`;
}

describe('two team-server processes sharing Redis, in the app', () => {
  it('a person on each process: both see every edit, and two fields of one node are both kept', async () => {
    const { context: ca, page: amira } = await openApp(browser);
    const invites = await shareNewMapOn(amira, { address: first.url.replace('ws://', ''), key: first.adminKey!, person: 'Amira' });
    const inviteOnSecond = throughServer(invites.edit, second.url);
    expect(inviteOnSecond).not.toBe(invites.edit);
    const { context: cb, page: ben, websocketsOpened } = await joinFromInvite(browser, inviteOnSecond, 'Ben');

    await expect.poll(() => sharingStatus(amira), { timeout: 15_000 }).toBe('Shared — 2 people here');
    await expect.poll(() => sharingStatus(ben), { timeout: 15_000 }).toBe('Shared — 2 people here');
    // Joining downloads the map once, and that connection carries on as the map's.
    expect(websocketsOpened()).toBe(1);
    await update(amira, 'foodbank', { name: 'Kirkholt Food Bank' });
    await update(ben, 'foodbank', { notes: 'Open Tuesdays' });
    for (const page of [amira, ben]) {
      await expect.poll(() => nodeField(page, 'foodbank', 'name'), { timeout: 10_000 }).toBe('Kirkholt Food Bank');
      await expect.poll(() => nodeField(page, 'foodbank', 'notes'), { timeout: 10_000 }).toBe('Open Tuesdays');
    }
    for (const page of [amira, ben]) expect(appErrors(page)).toEqual([]);
    await Promise.all([ca.close(), cb.close()]);
  }, 90_000);
});
