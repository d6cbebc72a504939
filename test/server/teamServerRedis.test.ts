// Two server processes sharing maps through Redis (REDIS_URL): clients on different processes
// see each other's edits, and the second process reads the keys the first one made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRESENCE_COLOURS } from '../../shared/sync/presence';
import { createSharedMapResponseSchema } from '../../shared/sync/teamServerLimits';
import { buildTeamServer, startRedis, startServerProcess, type RunningProcess } from './processHarness';
import { connectClient, fieldOf, setField, waitFor, type TestClient } from './teamServerHarness';

let work: string;
let redis: RunningProcess & { url: string };
let first: Awaited<ReturnType<typeof startServerProcess>>;
let second: Awaited<ReturnType<typeof startServerProcess>>;
const clients: TestClient[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ghm-redis-'));
  const [bundle, startedRedis] = await Promise.all([buildTeamServer(join(work, 'dist')), startRedis()]);
  redis = startedRedis;
  const data = join(work, 'data');
  // One after the other: the first makes the data folder and the administrator key.
  first = await startServerProcess(bundle, data, { REDIS_URL: redis.url, GHM_SERVER_NAME: 'first' });
  second = await startServerProcess(bundle, data, { REDIS_URL: redis.url, GHM_SERVER_NAME: 'second' });
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all([first?.stop(), second?.stop()]);
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('two team server processes sharing Redis', () => {
  it('converge: edits made through either process reach clients of the other', async () => {
    expect(first.adminKey).toMatch(/^ghm_admin_/);
    expect(second.adminKey).toBeNull();
    const httpUrl = first.url.replace('ws://', 'http://');
    const response = await fetch(`${httpUrl}/api/maps`, { method: 'POST', headers: { Authorization: `Bearer ${first.adminKey}` }, body: JSON.stringify({ name: 'Kirkholt' }) });
    const map = createSharedMapResponseSchema.parse(await response.json());

    const a = connectClient(first.url, map.mapId, map.editKey);
    const b = connectClient(second.url, map.mapId, map.editKey);
    const viewerOnSecond = connectClient(second.url, map.mapId, map.viewKey);
    clients.push(a, b, viewerOnSecond);
    expect(await b.authenticated).toBe('read-write');
    await Promise.all([a.synced, b.synced, viewerOnSecond.synced]);

    setField(a.doc, 'n1', 'name', 'Food bank');
    await waitFor('A’s edit on the second process', () => fieldOf(b.doc, 'n1', 'name') === 'Food bank');
    setField(b.doc, 'n1', 'notes', 'Open Tuesdays');
    setField(b.doc, 'n2', 'name', 'Youth club');
    await waitFor('B’s edits on the first process', () => fieldOf(a.doc, 'n1', 'notes') === 'Open Tuesdays' && fieldOf(a.doc, 'n2', 'name') === 'Youth club');
    // Concurrent edits to different fields of one node, one through each process.
    setField(a.doc, 'n2', 'phone', '01234 567890');
    setField(b.doc, 'n2', 'email', 'hello@youth.example');
    for (const c of [a, b, viewerOnSecond]) {
      await waitFor('both fields everywhere', () => fieldOf(c.doc, 'n2', 'phone') === '01234 567890' && fieldOf(c.doc, 'n2', 'email') === 'hello@youth.example');
    }
    // A view key on the second process still cannot write.
    setField(viewerOnSecond.doc, 'n1', 'name', 'Vandalised');
    setField(a.doc, 'n3', 'name', 'Marker');
    await waitFor('A’s marker in B', () => fieldOf(b.doc, 'n3', 'name') === 'Marker');
    expect(fieldOf(a.doc, 'n1', 'name')).toBe('Food bank');
    expect(fieldOf(b.doc, 'n1', 'name')).toBe('Food bank');
  }, 30_000);

  it('tell the other process at once when the last person on one leaves', async () => {
    const httpUrl = first.url.replace('ws://', 'http://');
    const response = await fetch(`${httpUrl}/api/maps`, { method: 'POST', headers: { Authorization: `Bearer ${first.adminKey}` }, body: JSON.stringify({ name: 'Presence' }) });
    const map = createSharedMapResponseSchema.parse(await response.json());
    const here = (c: TestClient) => [...c.provider.awareness!.getStates().values()].filter((state) => 'person' in state).length;
    const a = connectClient(first.url, map.mapId, map.editKey);
    clients.push(a);
    await a.synced;
    a.provider.setAwarenessField('person', { name: 'Amira', colour: PRESENCE_COLOURS[0] });
    // Ben opens the map on the second process twice in a row (as a window that starts again
    // does), each time as the only person on that process.
    for (let visit = 0; visit < 2; visit++) {
      const b = connectClient(second.url, map.mapId, map.editKey);
      await b.synced;
      // Presence is announced once the map is open, as the app does.
      b.provider.setAwarenessField('person', { name: 'Ben', colour: PRESENCE_COLOURS[1] });
      await waitFor('Ben here, seen through the first process', () => here(a) === 2);
      b.close();
      // Presence would time out after 30 s; a departure sent at once arrives in well under 2 s.
      await waitFor('Ben gone, seen through the first process', () => here(a) === 1, 2_000);
    }
  }, 30_000);
});
