// The team server over real websockets on 127.0.0.1: edits propagate, keys are enforced, a
// viewer cannot write, and a restarted server has everything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PRESENCE_COLOURS } from '../../shared/sync/presence';
import { SqliteDocumentStore } from '../../scripts/teamServer/sqliteDocumentStore';
import { openTeamDatabase } from '../../scripts/teamServer/teamDatabase';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { connectClient, fieldOf, setField, startTestServer, tempDataFolder, waitFor, type TestClient } from './teamServerHarness';

let data: ReturnType<typeof tempDataFolder>;
let server: RunningTeamServer;
const clients: TestClient[] = [];
const client = (...args: Parameters<typeof connectClient>) => {
  const c = connectClient(...args);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  data = tempDataFolder();
  server = await startTestServer(data.path);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server.stop();
  data.remove();
});

describe('team server', () => {
  it('prints an administrator key on first start only, and keeps it hashed', async () => {
    expect(server.newAdminKey).toMatch(/^ghm_admin_/);
    await server.stop();
    server = await startTestServer(data.path);
    expect(server.newAdminKey).toBeNull();
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(`${data.path}/team-server.sqlite`);
    expect(file.includes(Buffer.from(server.keys.list()[0]!.id))).toBe(true);
  });

  it('passes edits between two editors', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const a = client(server.url, map.mapId, map.editKey);
    const b = client(server.url, map.mapId, map.editKey);
    expect(await a.authenticated).toBe('read-write');
    await Promise.all([a.synced, b.synced]);
    setField(a.doc, 'n1', 'name', 'Food bank');
    await waitFor('the edit in B', () => fieldOf(b.doc, 'n1', 'name') === 'Food bank');
    setField(b.doc, 'n1', 'phone', '01234');
    await waitFor('the reply in A', () => fieldOf(a.doc, 'n1', 'phone') === '01234');
  });

  it('keeps both of two concurrent edits to different fields of one node', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const a = client(server.url, map.mapId, map.editKey);
    const b = client(server.url, map.mapId, map.editKey);
    await Promise.all([a.synced, b.synced]);
    setField(a.doc, 'n1', 'name', 'Food bank');
    await waitFor('the node in B', () => fieldOf(b.doc, 'n1', 'name'));
    setField(a.doc, 'n1', 'name', 'Kirkholt Food Bank');
    setField(b.doc, 'n1', 'notes', 'Open Tuesdays');
    for (const doc of [a.doc, b.doc]) {
      await waitFor('both edits', () => fieldOf(doc, 'n1', 'name') === 'Kirkholt Food Bank' && fieldOf(doc, 'n1', 'notes') === 'Open Tuesdays');
    }
  });

  it('refuses a missing key, a wrong key, another map’s key and a server key', async () => {
    const admin = server.keys.find(server.newAdminKey)!;
    const map = server.keys.createMap(admin, 'Kirkholt');
    const other = server.keys.createMap(admin, 'Rochdale');
    const team = server.keys.createTeamKey('Prevention team');
    const owner = client(server.url, map.mapId, map.editKey);
    await owner.synced;
    setField(owner.doc, 'n1', 'name', 'Food bank');
    for (const token of [null, 'nonsense', `ghm_edit_${'A'.repeat(43)}`, other.editKey, team, server.newAdminKey]) {
      const intruder = client(server.url, map.mapId, token);
      expect(await intruder.failed).toBe('wrong-key');
      expect(intruder.provider.isAuthenticated).toBe(false);
      expect(fieldOf(intruder.doc, 'n1', 'name')).toBeUndefined();
    }
  });

  it('refuses a revoked key', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const editId = server.keys.list().find((k) => k.kind === 'edit')!.id;
    expect(server.keys.revoke(editId)).toBe(true);
    expect(await client(server.url, map.mapId, map.editKey).failed).toBe('wrong-key');
  });

  it('lets a view key read but drops its writes', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const editor = client(server.url, map.mapId, map.editKey);
    await editor.synced;
    setField(editor.doc, 'n1', 'name', 'Food bank');
    const viewer = client(server.url, map.mapId, map.viewKey);
    expect(await viewer.authenticated).toBe('readonly');
    await waitFor('the map in the viewer', () => fieldOf(viewer.doc, 'n1', 'name') === 'Food bank');
    setField(viewer.doc, 'n1', 'name', 'Vandalised');
    setField(viewer.doc, 'n2', 'name', 'Made up');
    // A later edit by the editor reaching the viewer shows the server has handled everything sent before it.
    setField(editor.doc, 'n1', 'notes', 'Open Tuesdays');
    await waitFor('the editor’s later edit in the viewer', () => fieldOf(viewer.doc, 'n1', 'notes') === 'Open Tuesdays');
    const third = client(server.url, map.mapId, map.editKey);
    await third.synced;
    expect(fieldOf(editor.doc, 'n1', 'name')).toBe('Food bank');
    expect(fieldOf(third.doc, 'n1', 'name')).toBe('Food bank');
    expect(fieldOf(third.doc, 'n2', 'name')).toBeUndefined();
  });

  it('loses nothing when stopped and started again, and clients catch up by themselves', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const a = client(server.url, map.mapId, map.editKey);
    const b = client(server.url, map.mapId, map.editKey);
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 20; i++) setField(a.doc, `n${i}`, 'name', `Group ${i}`);
    await waitFor('the edits in B', () => fieldOf(b.doc, 'n19', 'name'));
    const port = server.port;
    await server.stop();
    // Offline: both keep editing.
    setField(a.doc, 'n1', 'notes', 'Edited offline in A');
    setField(b.doc, 'n2', 'notes', 'Edited offline in B');
    server = await startTestServer(data.path, { port });
    for (const doc of [a.doc, b.doc]) {
      await waitFor('the offline edits merged', () => fieldOf(doc, 'n1', 'notes') === 'Edited offline in A' && fieldOf(doc, 'n2', 'notes') === 'Edited offline in B', 10_000);
    }
    // With every client gone, a newcomer gets everything from the server's store.
    await waitFor('A and B sent everything', () => a.provider.unsyncedChanges === 0 && b.provider.unsyncedChanges === 0);
    a.close();
    b.close();
    await server.stop();
    server = await startTestServer(data.path, { port });
    const c = client(server.url, map.mapId, map.editKey);
    await c.synced;
    for (let i = 0; i < 20; i++) expect(fieldOf(c.doc, `n${i}`, 'name')).toBe(`Group ${i}`);
    expect(fieldOf(c.doc, 'n2', 'notes')).toBe('Edited offline in B');
  }, 20_000);

  it('passes on only well-formed presence, stripped to the fields the app knows', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const [a, b, c] = [client(server.url, map.mapId, map.editKey), client(server.url, map.mapId, map.viewKey), client(server.url, map.mapId, map.editKey)];
    await Promise.all([a.synced, b.synced, c.synced]);
    a.provider.setAwarenessField('person', { name: 'Amira', colour: PRESENCE_COLOURS[0] });
    a.provider.setAwarenessField('selection', ['n1']);
    a.provider.setAwarenessField('junk', 'x'.repeat(10_000));
    b.provider.setAwarenessField('person', { name: 'Viewer', colour: PRESENCE_COLOURS[1] });
    c.provider.setAwarenessField('person', { name: '<b>x</b>'.repeat(50), colour: 'red' });
    const seenByB = () => b.provider.awareness!.getStates();
    await waitFor('Amira at B', () => (seenByB().get(a.doc.clientID) as { person?: { name: string } } | undefined)?.person?.name === 'Amira');
    expect(seenByB().get(a.doc.clientID)).toEqual({ person: { name: 'Amira', colour: PRESENCE_COLOURS[0] }, selection: ['n1'] });
    // The viewer's own presence reaches others (viewers may be seen), the malformed one never.
    await waitFor('the viewer at A', () => a.provider.awareness!.getStates().has(b.doc.clientID));
    expect(a.provider.awareness!.getStates().has(c.doc.clientID)).toBe(false);
  });

  it('stores each edit as it arrives, before any debounced store', async () => {
    const map = server.keys.createMap(server.keys.find(server.newAdminKey)!, 'Kirkholt');
    const a = client(server.url, map.mapId, map.editKey);
    await a.synced;
    setField(a.doc, 'n1', 'name', 'Food bank');
    await waitFor('the server to have the edit', () => a.provider.unsyncedChanges === 0);
    // What a crash now would leave on disk, read through a second connection to the file.
    const db = openTeamDatabase(data.path);
    try {
      const stored = new Y.Doc();
      Y.applyUpdate(stored, new SqliteDocumentStore(db).load(map.mapId)!);
      expect(fieldOf(stored, 'n1', 'name')).toBe('Food bank');
    } finally {
      db.close();
    }
  });

  it('closes a connection that sends a message over the size limit', async () => {
    await server.stop();
    server = await startTestServer(data.path, { maxMessageBytes: 64 * 1024 });
    const map = server.keys.createMap(server.keys.find(server.keys.replaceAdminKey())!, 'Kirkholt');
    const a = client(server.url, map.mapId, map.editKey);
    await a.synced;
    const closed = new Promise<number>((resolve) => a.socket.on('close', ({ event }: { event: CloseEvent }) => resolve(event.code)));
    setField(a.doc, 'n1', 'notes', 'x'.repeat(100 * 1024));
    expect(await closed).toBe(1009);
  });
});
