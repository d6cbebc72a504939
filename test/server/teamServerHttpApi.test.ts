// Putting a map on the server over HTTP: only admin and team keys may, within their limits,
// and every request is bounded and validated.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSharedMapResponseSchema } from '../../shared/sync/teamServerLimits';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { connectClient, startTestServer, tempDataFolder } from './teamServerHarness';

let data: ReturnType<typeof tempDataFolder>;
let server: RunningTeamServer;

beforeEach(async () => {
  data = tempDataFolder();
  server = await startTestServer(data.path);
});

afterEach(async () => {
  await server.stop();
  data.remove();
});

const createMap = (key: string | null, body: unknown = { name: 'Kirkholt' }) =>
  fetch(`${server.httpUrl}/api/maps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('team server HTTP API', () => {
  it('creates a map with its own edit and view keys for the administrator key, and they open it', async () => {
    const response = await createMap(server.newAdminKey);
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const made = createSharedMapResponseSchema.parse(await response.json());
    expect(made.editKey).toMatch(/^ghm_edit_/);
    expect(made.viewKey).toMatch(/^ghm_view_/);
    const editor = connectClient(server.url, made.mapId, made.editKey);
    const viewer = connectClient(server.url, made.mapId, made.viewKey);
    expect(await editor.authenticated).toBe('read-write');
    expect(await viewer.authenticated).toBe('readonly');
    editor.close();
    viewer.close();
  });

  it('refuses a missing, wrong or map key', async () => {
    const made = createSharedMapResponseSchema.parse(await (await createMap(server.newAdminKey)).json());
    for (const key of [null, 'wrong', `ghm_team_${'x'.repeat(43)}`, made.editKey, made.viewKey]) {
      const response = await createMap(key);
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatch(/did not accept that access key/);
    }
  });

  it('lets a team key create only as many maps as it was given', async () => {
    const team = server.keys.createTeamKey('Prevention team', 2);
    expect((await createMap(team)).status).toBe(201);
    expect((await createMap(team)).status).toBe(201);
    const third = await createMap(team);
    expect(third.status).toBe(403);
    expect((await third.json()).error).toMatch(/already shared 2 maps/);
    expect(server.keys.listMaps()).toHaveLength(2);
  });

  it('refuses bodies that are not JSON, have the wrong shape or are too large, and creates nothing', async () => {
    expect((await createMap(server.newAdminKey, 'not json')).status).toBe(400);
    expect((await createMap(server.newAdminKey, { name: '' })).status).toBe(400);
    expect((await createMap(server.newAdminKey, { name: 'Kirkholt', owner: 'me' })).status).toBe(400);
    expect((await createMap(server.newAdminKey, { name: 'x'.repeat(100_000) })).status).toBe(413);
    expect(server.keys.listMaps()).toHaveLength(0);
  });

  it('answers a CORS preflight and a health check, and nothing else', async () => {
    const preflight = await fetch(`${server.httpUrl}/api/maps`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(await (await fetch(`${server.httpUrl}/health`)).text()).toBe('ok');
    expect((await fetch(`${server.httpUrl}/anything`)).status).toBe(404);
  });
});
