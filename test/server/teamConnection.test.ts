// The app's side of sharing, in Node against a real team server on 127.0.0.1: putting a map on
// the server, the toolbar's status through a server stop and restart, presence, and a viewer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TeamConnection } from '../../renderer/sharing/teamConnection';
import { createSharedMap } from '../../renderer/sharing/teamServerClient';
import { joinMap, shareMap } from '../../renderer/sharing/sharingService';
import { parseServerAddress, type TeamServerAddress } from '../../shared/sync/serverAddress';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { fieldOf, setField, startTestServer, tempDataFolder, waitFor } from './teamServerHarness';

let data: ReturnType<typeof tempDataFolder>;
let server: RunningTeamServer;
let address: TeamServerAddress;
let teamKey: string;
const connections: TeamConnection[] = [];

function open(doc: Y.Doc, mapId: string, key: string, role: 'edit' | 'view', personName: string): TeamConnection {
  const connection = new TeamConnection({ doc, invite: { server: address, mapId, key, role }, personName });
  connections.push(connection);
  return connection;
}

beforeEach(async () => {
  data = tempDataFolder();
  server = await startTestServer(data.path);
  const parsed = parseServerAddress(`127.0.0.1:${server.port}`);
  if (!parsed.ok) throw new Error(parsed.message);
  address = parsed.address;
  teamKey = server.keys.createTeamKey('Prevention team', 5);
});

afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await server.stop();
  data.remove();
});

describe('sharing a map from the app', () => {
  it('puts a map on the server with a team key, and says plainly why it cannot', async () => {
    const made = await createSharedMap(address, teamKey, 'Kirkholt help map');
    expect(made.ok).toBe(true);
    expect(server.keys.listMaps().map((m) => m.name)).toEqual(['Kirkholt help map']);
    const wrong = await createSharedMap(address, `ghm_team_${'A'.repeat(43)}`, 'Kirkholt');
    expect(wrong).toEqual({ ok: false, message: expect.stringMatching(/did not accept that access key/) });
    expect(await createSharedMap(address, 'my password', 'Kirkholt')).toEqual({ ok: false, message: expect.stringMatching(/starts with “ghm_team_”/) });
    const nowhere = parseServerAddress('127.0.0.1:1');
    if (!nowhere.ok) throw new Error(nowhere.message);
    expect(await createSharedMap(nowhere.address, teamKey, 'Kirkholt')).toEqual({ ok: false, message: expect.stringMatching(/Could not reach 127\.0\.0\.1:1/) });
  });

  it('shows who is here and what they have selected, and goes offline and back with a restart', async () => {
    const made = await createSharedMap(address, teamKey, 'Kirkholt');
    if (!made.ok) throw new Error(made.message);
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const a = open(docA, made.map.mapId, made.map.editKey, 'edit', 'Amira');
    const b = open(docB, made.map.mapId, made.map.editKey, 'edit', 'Ben');
    await waitFor('both here', () => a.current.status.text === 'Shared — 2 people here' && b.current.status.text === 'Shared — 2 people here');
    b.setSelection(['n1']);
    await waitFor('Ben’s selection at Amira’s', () => a.current.people.find((p) => p.name === 'Ben')?.selection.includes('n1'));
    expect(a.current.people.map((p) => [p.name, p.isMe])).toEqual([
      ['Amira', true],
      ['Ben', false],
    ]);

    const port = server.port;
    await server.stop();
    await waitFor('offline', () => a.current.status.kind === 'offline');
    expect(a.current.status.text).toBe('Offline — your changes are kept and will be shared when you reconnect');
    setField(docA, 'n1', 'name', 'Made on the train');
    server = await startTestServer(data.path, { port });
    await waitFor('shared again', () => a.current.status.kind === 'shared' && b.current.status.kind === 'shared', 15_000);
    await waitFor('the offline edit at Ben’s', () => fieldOf(docB, 'n1', 'name') === 'Made on the train');
  }, 30_000);

  it('tells a viewer they may only view, and refuses a withdrawn key', async () => {
    const made = await createSharedMap(address, teamKey, 'Kirkholt');
    if (!made.ok) throw new Error(made.message);
    const viewer = open(new Y.Doc(), made.map.mapId, made.map.viewKey, 'view', 'Viewer');
    await waitFor('view only', () => viewer.current.status.text === 'Shared, view only — only you here');
    expect(viewer.current.role).toBe('view');
    const editId = server.keys.list().find((k) => k.kind === 'edit' && k.mapId === made.map.mapId)!.id;
    server.keys.revoke(editId);
    const refused = open(new Y.Doc(), made.map.mapId, made.map.editKey, 'edit', 'Old invite');
    await waitFor('refused', () => refused.current.status.kind === 'refused');
    expect(refused.current.status.detail).toMatch(/Ask whoever shared the map for a new invite/);
  });

  it('disconnects people whose key is withdrawn while they are connected', async () => {
    await server.stop();
    server = await startTestServer(data.path, { revocationCheckMs: 50 });
    address = (parseServerAddress(`127.0.0.1:${server.port}`) as { ok: true; address: TeamServerAddress }).address;
    const made = await createSharedMap(address, teamKey, 'Kirkholt');
    if (!made.ok) throw new Error(made.message);
    const doc = new Y.Doc();
    const a = open(doc, made.map.mapId, made.map.editKey, 'edit', 'Amira');
    await waitFor('shared', () => a.current.status.kind === 'shared');
    server.keys.revoke(server.keys.list().find((k) => k.kind === 'edit' && k.mapId === made.map.mapId)!.id);
    await waitFor('refused', () => a.current.status.kind === 'refused');
    const watcherDoc = new Y.Doc();
    const watcher = open(watcherDoc, made.map.mapId, made.map.viewKey, 'view', 'Watcher');
    await waitFor('the watcher in', () => watcher.current.status.kind === 'shared');
    setField(doc, 'n1', 'name', 'After the key was withdrawn');
    setField(doc, 'n2', 'name', 'And again');
    const other = open(new Y.Doc(), made.map.mapId, made.map.viewKey, 'view', 'Other');
    await waitFor('the other in', () => other.current.status.kind === 'shared');
    expect(fieldOf(watcherDoc, 'n1', 'name')).toBeUndefined();
  });

  it('says "Not saved yet — retrying" while the local store is failing, even when shared', async () => {
    const made = await createSharedMap(address, teamKey, 'Kirkholt');
    if (!made.ok) throw new Error(made.message);
    const a = open(new Y.Doc(), made.map.mapId, made.map.editKey, 'edit', 'Amira');
    await waitFor('shared', () => a.current.status.kind === 'shared');
    a.setLocalWriteFailing(true);
    expect(a.current.status.text).toBe('Not saved yet — retrying');
    a.setLocalWriteFailing(false);
    expect(a.current.status.kind).toBe('shared');
  });
});

describe('share and join', () => {
  it('shares a map, hands back edit and view invites that work, and joining fills the map in', async () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 50; i++) setField(doc, `n${i}`, 'name', `Group ${i}`);
    const shared = await shareMap({ serverAddress: `http://127.0.0.1:${server.port}`, accessKey: teamKey, mapName: 'Kirkholt', doc, personName: 'Amira' });
    if (!shared.ok) throw new Error(shared.message);
    connections.push(shared.shared.connection);
    expect(shared.shared.editInvite).toMatch(/^goodhelpmap:join\?/);

    const joinedDoc = new Y.Doc();
    const joined = joinMap(shared.shared.viewInvite, () => joinedDoc, 'Ben');
    if (!joined.ok) throw new Error(joined.message);
    connections.push(joined.connection);
    expect(joined.invite).toMatchObject({ role: 'view', mapName: 'Kirkholt' });
    await waitFor('the map at Ben’s', () => fieldOf(joinedDoc, 'n49', 'name') === 'Group 49');
    await waitFor('Ben sees two people, view only', () => joined.connection.current.status.text === 'Shared, view only — 2 people here');
  });

  it('says which box is wrong', async () => {
    const doc = new Y.Doc();
    expect(await shareMap({ serverAddress: 'http://elsewhere.example', accessKey: teamKey, mapName: 'K', doc, personName: 'A' })).toMatchObject({ ok: false, field: 'server' });
    expect(await shareMap({ serverAddress: `127.0.0.1:${server.port}`, accessKey: 'nope', mapName: 'K', doc, personName: 'A' })).toMatchObject({ ok: false, field: 'key' });
    expect(joinMap('hello', () => doc, 'A')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Good Help Map invite/) });
  });
});
