// Joining a shared map applies the map's state to one document, once: the one downloaded from
// the team server, which the session then opens and the download's connection keeps syncing.
// Reading it back from the store into a second document (and syncing that again) is what made
// joining a 5,000-node map take 24.4 s rather than 6.8 s.
import Dexie from 'dexie';
import type * as Yjs from 'yjs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { TeamSharing } from '../../renderer/sharing/teamSharing';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { startTestServer, tempDataFolder } from './teamServerHarness';

/** Every Y.Doc the app makes, and whether (and how often) the map's records arrived in it. */
const docs = vi.hoisted(() => [] as { doc: object; arrivals: number }[]);
vi.mock('yjs', async (importOriginal) => {
  const Y = await importOriginal<typeof Yjs>();
  class WatchedDoc extends Y.Doc {
    constructor(options?: ConstructorParameters<typeof Y.Doc>[0]) {
      super(options);
      const entry = { doc: this as object, arrivals: 0 };
      docs.push(entry);
      let had = false;
      this.on('update', () => {
        const has = this.getMap('nodes').has('foodbank');
        if (has && !had) entry.arrivals++;
        had = has;
      });
    }
  }
  return { ...Y, Doc: WatchedDoc };
});

let data: ReturnType<typeof tempDataFolder>;
let server: RunningTeamServer;
const dbs: GoodHelpDatabase[] = [];
const teardown: (() => Promise<void>)[] = [];

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v), removeItem: (k) => void values.delete(k), clear: () => values.clear(), key: () => null, length: 0 } as Storage;
}

async function computer(name: string) {
  const db = new GoodHelpDatabase(`team-join-${name}-${Date.now()}`);
  await db.open();
  dbs.push(db);
  const storage = memoryStorage();
  let sharing: TeamSharing | null = null;
  const controller = new EditorController({ db, storage, onSessionOpened: (session) => sharing?.sessionOpened(session) });
  sharing = new TeamSharing(controller, storage);
  const made = sharing;
  teardown.push(async () => {
    made.destroy();
    await controller.closeMap({ toList: false });
  });
  return { controller, sharing };
}

beforeEach(async () => {
  data = tempDataFolder();
  server = await startTestServer(data.path);
});

afterEach(async () => {
  for (const close of teardown.splice(0)) await close();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  await server.stop();
  data.remove();
});

it('joining a shared map applies its state to one document, once, and opens that document', async () => {
  const amira = await computer('amira');
  await amira.controller.newMap('Kirkholt help map');
  amira.controller.dispatch({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'foodbank', name: 'Food bank' } });
  const shared = await amira.sharing.share({ serverAddress: `127.0.0.1:${server.port}`, accessKey: server.keys.createTeamKey('Team'), personName: 'Amira' });
  if (!shared.ok) throw new Error(shared.message);

  const ben = await computer('ben');
  docs.length = 0;
  expect(await ben.sharing.join(shared.editInvite, 'Ben')).toEqual({ ok: true });
  expect(ben.controller.state.doc?.nodes.foodbank?.name).toBe('Food bank');
  const received = docs.filter((d) => d.arrivals > 0);
  expect(received.map((d) => d.arrivals)).toEqual([1]);
  expect(received[0]!.doc).toBe(ben.controller.mapSession!.ydoc);
  // And the joined map is live on that document: an edit from Amira arrives.
  amira.controller.dispatch({ type: 'updateNode', args: { id: 'foodbank', changes: { name: 'Kirkholt Food Bank' } } });
  await vi.waitFor(() => expect(ben.controller.state.doc?.nodes.foodbank?.name).toBe('Kirkholt Food Bank'), { timeout: 5000 });
}, 30_000);
