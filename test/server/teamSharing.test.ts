// Three people, three computers (three databases, three editor controllers), one map on a real
// team server on 127.0.0.1: share, join with edit and view invites, edit at once.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamSharing } from '../../renderer/sharing/teamSharing';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { startTestServer, tempDataFolder, waitFor } from './teamServerHarness';

let data: ReturnType<typeof tempDataFolder>;
let server: RunningTeamServer;
let teamKey: string;
let n = 0;
const people: { controller: EditorController; sharing: TeamSharing; db: GoodHelpDatabase }[] = [];

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v), removeItem: (k) => void values.delete(k), clear: () => values.clear(), key: () => null, length: 0 } as Storage;
}

async function computer() {
  const db = new GoodHelpDatabase(`team-${++n}`);
  await db.open();
  const storage = memoryStorage();
  let sharing: TeamSharing | null = null;
  const controller = new EditorController({ db, storage, onSessionOpened: (session) => sharing?.sessionOpened(session) });
  sharing = new TeamSharing(controller, storage);
  const person = { controller, sharing, db };
  people.push(person);
  return person;
}

beforeEach(async () => {
  data = tempDataFolder();
  server = await startTestServer(data.path);
  teamKey = server.keys.createTeamKey('Prevention team');
});

afterEach(async () => {
  for (const { controller, sharing, db } of people.splice(0)) {
    sharing.destroy();
    await controller.closeMap({ toList: false });
    db.close();
    await Dexie.delete(db.name);
  }
  await server.stop();
  data.remove();
});

const nodeName = (c: EditorController, id: string) => c.state.doc?.nodes[id]?.name;

describe('a team on one map', () => {
  it('shares a map, two colleagues join it, and everyone’s edits reach everyone — a viewer’s never', async () => {
    const amira = await computer();
    await amira.controller.newMap('Kirkholt help map');
    amira.controller.dispatch({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'foodbank', name: 'Food bank' } });
    const shared = await amira.sharing.share({ serverAddress: `127.0.0.1:${server.port}`, accessKey: teamKey, personName: 'Amira' });
    if (!shared.ok) throw new Error(shared.message);

    const ben = await computer();
    const chris = await computer();
    expect(await ben.sharing.join(shared.editInvite, 'Ben')).toEqual({ ok: true });
    expect(await chris.sharing.join(shared.viewInvite, 'Chris')).toEqual({ ok: true });
    expect(ben.controller.state.doc?.meta.name).toBe('Kirkholt help map');
    expect(nodeName(chris.controller, 'foodbank')).toBe('Food bank');
    expect(chris.controller.state.readOnly).toBe(true);
    await waitFor('three people here', () => amira.sharing.store.get().connection?.status.text === 'Shared — 3 people here');
    await waitFor('Chris told he may only view', () => chris.sharing.store.get().connection?.status.text === 'Shared, view only — 3 people here');
    expect(amira.sharing.store.get().connection?.people.map((p) => p.name)).toEqual(['Amira', 'Ben', 'Chris']);

    // Ben adds a node; Amira renames the food bank while Ben changes its notes.
    ben.controller.dispatch({ type: 'addNode', args: { kind: 'space', x: 100, y: 0, id: 'library', name: 'Library' } });
    await waitFor('the library at Amira’s and Chris’s', () => nodeName(amira.controller, 'library') === 'Library' && nodeName(chris.controller, 'library') === 'Library');
    amira.controller.dispatch({ type: 'updateNode', args: { id: 'foodbank', changes: { name: 'Kirkholt Food Bank' } } });
    ben.controller.dispatch({ type: 'updateNode', args: { id: 'foodbank', changes: { notes: 'Open Tuesdays' } } });
    for (const { controller } of [amira, ben, chris]) {
      await waitFor('both fields everywhere', () => controller.state.doc?.nodes.foodbank?.name === 'Kirkholt Food Bank' && controller.state.doc?.nodes.foodbank?.notes === 'Open Tuesdays');
    }
    // The viewer's editor refuses edits (and the server would drop them).
    chris.controller.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'intruder', name: 'Intruder' } });
    expect(chris.controller.state.doc?.nodes.intruder).toBeUndefined();
    ben.controller.dispatch({ type: 'addNode', args: { kind: 'space', x: 200, y: 0, id: 'marker', name: 'Marker' } });
    await waitFor('Ben’s marker at Amira’s', () => nodeName(amira.controller, 'marker') === 'Marker');
    expect(amira.controller.state.doc?.nodes.intruder).toBeUndefined();
  }, 30_000);

  it('loses nothing when the server stops mid-session: edits made meanwhile merge when it is back', async () => {
    const amira = await computer();
    await amira.controller.newMap('Rochdale');
    const shared = await amira.sharing.share({ serverAddress: `127.0.0.1:${server.port}`, accessKey: teamKey, personName: 'Amira' });
    if (!shared.ok) throw new Error(shared.message);
    const ben = await computer();
    expect(await ben.sharing.join(shared.editInvite, 'Ben')).toEqual({ ok: true });
    await waitFor('Ben connected', () => ben.sharing.store.get().connection?.status.kind === 'shared');
    const port = server.port;
    await server.stop();
    await waitFor('offline at both', () => [amira, ben].every((p) => p.sharing.store.get().connection?.status.kind === 'offline'));
    amira.controller.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a1', name: 'Added by Amira offline' } });
    ben.controller.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 'b1', name: 'Added by Ben offline' } });
    server = await startTestServer(data.path, { port });
    for (const { controller } of [amira, ben]) {
      await waitFor('both offline edits everywhere', () => nodeName(controller, 'a1') === 'Added by Amira offline' && nodeName(controller, 'b1') === 'Added by Ben offline', 15_000);
    }
    await waitFor('shared again', () => amira.sharing.store.get().connection?.status.text === 'Shared — 2 people here');
  }, 30_000);
});
