import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudienceMessage, type AudienceMessage } from '../../shared/workshop/audienceMessages';
import { AudienceBroadcaster, type MessagePort } from '../../renderer/audience/audienceBroadcaster';
import { AudienceFollower } from '../../renderer/audience/audienceFollower';
import { STANDARD_LENS } from '../../shared/model';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { workshopStore } from '../../renderer/workshop/workshopStore';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`audience-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function fakePort() {
  const sent: AudienceMessage[] = [];
  const listeners = new Set<(event: MessageEvent) => void>();
  const port: MessagePort = {
    postMessage: (message) => {
      // Everything sent must be a valid message: the audience would drop anything else.
      const parsed = readAudienceMessage(message);
      if (!parsed) throw new Error(`Invalid audience message: ${JSON.stringify(message)}`);
      sent.push(parsed);
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    close: () => listeners.clear(),
  };
  const receive = (data: unknown) => listeners.forEach((l) => l({ data } as MessageEvent));
  return { port, sent, receive };
}

describe('the facilitator’s audience broadcaster', () => {
  it('announces the map, its drawing and camera, and leaves the records to the map channel', async () => {
    const controller = new EditorController({ db });
    await controller.newMap('Rochdale session');
    const { port, sent, receive } = fakePort();
    const camera = { viewport: { x: 10, y: 20, zoom: 0.5 }, size: { width: 1440, height: 900 } };
    const broadcaster = new AudienceBroadcaster(controller, workshopStore(controller), port, () => camera);
    const mapId = controller.state.doc!.meta.id;
    expect(sent.map((m) => m.type)).toEqual(['scene', 'timer']);
    expect(sent[0]).toMatchObject({ type: 'scene', mapId, mapName: 'Rochdale session', emphasis: null, workshop: false });

    sent.length = 0;
    controller.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0 } });
    await controller.flush();
    // Edits travel as document updates between the windows' sessions, not as messages here.
    expect(sent).toEqual([]);

    // An audience window opening later asks, and is told everything.
    sent.length = 0;
    receive({ type: 'hello' });
    expect(sent.map((m) => m.type)).toEqual(['scene', 'viewport', 'timer']);
    expect(sent[1]).toEqual({ type: 'viewport', mapId, ...camera });
    receive('nonsense');

    sent.length = 0;
    workshopStore(controller).set({ on: true });
    expect(sent.find((m) => m.type === 'scene')).toMatchObject({ workshop: true });
    expect(sent.find((m) => m.type === 'timer')).toMatchObject({ shown: true, title: 'Agenda item 1', minutes: 10 });

    sent.length = 0;
    broadcaster.dispose();
    expect(sent).toEqual([{ type: 'closed' }]);
  });
});

describe('the audience window’s follower', () => {
  it('opens the facilitator’s map read-only, draws it their way, follows their camera and their edits live', async () => {
    const facilitator = new EditorController({ db });
    await facilitator.newMap('Kirkholt');
    facilitator.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0 } });
    await facilitator.flush();
    const mapId = facilitator.state.doc!.meta.id;
    const nodeId = Object.keys(facilitator.state.doc!.nodes)[0]!;

    const audience = new EditorController({ db });
    const { port, sent, receive } = fakePort();
    const moves: unknown[] = [];
    const follower = new AudienceFollower(audience, port, (viewport, from) => moves.push({ viewport, from }));
    expect(sent).toEqual([{ type: 'hello' }]);
    expect(follower.status.get().phase).toBe('waiting');

    receive({ type: 'viewport', mapId, viewport: { x: 5, y: 6, zoom: 0.7 }, size: { width: 800, height: 600 } });
    receive({
      type: 'scene',
      mapId,
      mapName: 'Kirkholt',
      lens: { ...STANDARD_LENS, colour: 'area' },
      emphasis: { nodeIds: [nodeId], linkIds: [], label: 'Open after 5pm' },
      workshop: true,
    });
    await expect.poll(() => audience.state.doc?.meta.id).toBe(mapId);
    await expect.poll(() => audience.state.emphasis?.label).toBe('Open after 5pm');
    expect(audience.state.lens.colour).toBe('area');
    expect(follower.status.get()).toMatchObject({ phase: 'following', mapName: 'Kirkholt' });
    // The camera message came before the map was open: it is applied once it is.
    expect(moves).toContainEqual({ viewport: { x: 5, y: 6, zoom: 0.7 }, from: { width: 800, height: 600 } });

    expect(audience.state.readOnly).toBe(true);
    const areasBefore = audience.state.doc!.meta.areas;
    const otherNodes = audience.state.doc!.nodes;
    // Not flushed to disk: the edit reaches the audience's session over the map channel.
    facilitator.dispatch({ type: 'updateNode', args: { id: nodeId, changes: { name: 'Kirkholt Library' } } });
    await expect.poll(() => audience.state.doc?.nodes[nodeId]?.name).toBe('Kirkholt Library');
    expect(audience.state.saveStatus).not.toBe('retrying');
    // Unchanged settings keep their identity, so nodes reading them are not drawn again.
    expect(audience.state.doc!.meta.areas).toBe(areasBefore);
    expect(audience.state.doc!.nodes).not.toBe(otherNodes);
    // Following keeps the emphasis the facilitator chose.
    expect(audience.state.emphasis?.nodeIds.has(nodeId)).toBe(true);
    // The audience never edits: it refuses, and nothing is in its undo history.
    expect(audience.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0 } })).toBe(false);
    expect(Object.keys(audience.state.doc!.nodes)).toEqual([nodeId]);
    expect(audience.state.history.undo).toEqual([]);

    receive({ type: 'timer', shown: true, title: 'Gaps', minutes: 20, elapsedMs: 1000, startedAt: null });
    expect(follower.status.get().timer).toEqual({ title: 'Gaps', minutes: 20, elapsedMs: 1000, startedAt: null });
    receive({ type: 'closed' });
    expect(follower.status.get()).toMatchObject({ phase: 'closed', timer: null });
    follower.dispose();
    await audience.closeMap({ toList: false });
    await facilitator.closeMap({ toList: false });
  });
});
