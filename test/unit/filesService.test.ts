import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileService } from '../../renderer/files/fileService';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { listMaps, loadMap } from '../../renderer/storage/mapRepository';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`files-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const enc = (t: string) => new TextEncoder().encode(t);
const fixture = new Uint8Array(readFileSync(new URL('../fixtures/kirkholt-v1.ghmap', import.meta.url)));

async function setUp() {
  const controller = new EditorController({ db });
  await controller.start();
  return { controller, files: new FileService(controller) };
}

describe('the file service', () => {
  it('opens a version-1 file as a new map, saved in the database, leaving other maps alone', async () => {
    const { controller, files } = await setUp();
    await controller.newMap('Already here');
    const before = controller.state.doc!.meta.id;
    await files.openFiles([{ name: 'kirkholt-v1.ghmap', bytes: fixture }]);
    const opened = controller.state.doc!;
    expect(opened.meta.id).not.toBe(before);
    expect(opened.meta.name).toBe('Kirkholt (version 1 file)');
    expect(Object.keys(opened.nodes)).toHaveLength(4);
    expect(controller.state.notice?.text).toMatch(/Opened “kirkholt-v1.ghmap” as a new map.*earlier version and has been updated/);
    // Drawn first, stored just after: until then the status does not say saved.
    expect(controller.state.saveStatus).toBe('saving');
    await controller.flush();
    expect(controller.state.saveStatus).toBe('saved');
    const stored = await loadMap(db, opened.meta.id);
    expect(Object.keys(stored.doc.links)).toHaveLength(3);
    expect((await listMaps(db)).maps.map((m) => m.name).sort()).toEqual(['Already here', 'Kirkholt (version 1 file)']);
  });

  it('validates each record of an opened file once, where the file is read, not again when the map opens', async () => {
    const { controller, files } = await setUp();
    await files.openFiles([{ name: 'kirkholt-v1.ghmap', bytes: fixture }]);
    const session = controller.mapSession!;
    const doc = controller.state.doc!;
    expect(Object.keys(doc.nodes)).toHaveLength(4);
    // The session read only the map's settings lists (areas, criteria, …): no node, no link.
    const lists = [...session.ydoc.share.keys()].filter((k) => !['nodes', 'links', 'settings'].includes(k));
    expect(session.reader.recordsRead).toBe(lists.reduce((sum, k) => sum + session.ydoc.getMap(k).size, 0));
    // And the map stored reads back, validated, as the very map the editor has.
    await controller.flush();
    expect((await loadMap(db, doc.meta.id)).doc).toEqual(doc);
  });

  it('names the file, the record and the field of a bad record, and changes nothing', async () => {
    const { controller, files } = await setUp();
    await controller.newMap('Mine');
    const doc = controller.state.doc;
    const raw = JSON.parse(new TextDecoder().decode(fixture));
    raw.nodes[1].x = 'left';
    await files.openFiles([{ name: 'bad-node.ghmap', bytes: enc(JSON.stringify(raw)) }]);
    expect(controller.state.doc).toBe(doc);
    expect(controller.state.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/^“bad-node.ghmap” could not be used: node 2 \(“.+”\), field “x”: this should be a number, but it is text\. Nothing has been changed\.$/) });
    expect((await listMaps(db)).maps.map((m) => m.name)).toEqual(['Mine']);
  });

  it('stores an opened file just after showing it, retries a failed write, and never says saved before', async () => {
    const { controller, files } = await setUp();
    const put = vi.spyOn(db.mapIndex, 'put').mockRejectedValueOnce(Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' }));
    await files.openFiles([{ name: 'kirkholt-v1.ghmap', bytes: fixture }]);
    const doc = controller.state.doc!;
    controller.dispatch({ type: 'updateNode', args: { id: Object.keys(doc.nodes)[0]!, changes: { name: 'Renamed before it was stored' } } });
    expect(controller.state.saveStatus).toBe('saving');
    await vi.waitFor(() => expect(controller.state.saveStatus).toBe('retrying'));
    expect(await db.mapIndex.get(doc.meta.id)).toBeUndefined();
    await vi.waitFor(() => expect(controller.state.saveStatus).toBe('saved'), { timeout: 3000 });
    expect(put).toHaveBeenCalledTimes(2);
    expect((await loadMap(db, doc.meta.id)).doc).toEqual(controller.state.doc);
    expect((await listMaps(db)).maps.map((m) => m.name)).toEqual(['Kirkholt (version 1 file)']);
  });

  it('leaves the open map and the database unchanged when a file is bad', async () => {
    const { controller, files } = await setUp();
    await controller.newMap('Mine');
    const doc = controller.state.doc;
    await files.openFiles([{ name: 'broken.ghmap', bytes: fixture.subarray(0, 300) }]);
    expect(controller.state.doc).toBe(doc);
    expect(controller.state.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/“broken.ghmap” could not be used: the file ends too early.*Nothing has been changed/) });
    expect((await listMaps(db)).maps).toHaveLength(1);
  });

  it('imports spreadsheets into the open map as one undo step, and refuses bad ones whole', async () => {
    const { controller, files } = await setUp();
    await controller.newMap('Target');
    await files.openFiles([
      { name: 'elements.csv', bytes: enc('Label,Type\nHub,Space\nBank,Organisation\n') },
      { name: 'connections.csv', bytes: enc('From,To,Type\nBank,Hub,Runs\n') },
    ]);
    const session = files.imports.session!;
    expect(session).toMatchObject({ stage: 'mapping', target: 'openMap', error: null, preview: { counts: { addedNodes: 2, addedLinks: 1 } } });
    expect(await files.imports.confirm()).toBe(true);
    expect(Object.keys(controller.state.doc!.nodes)).toHaveLength(2);
    expect(controller.state.history.undo).toHaveLength(1);
    controller.undo();
    expect(Object.keys(controller.state.doc!.nodes)).toHaveLength(0);

    await files.openFiles([{ name: 'bad.csv', bytes: enc('Label,X,Y\nHub,left,2\n') }]);
    files.imports.changePlan(0, { elements: { name: 0, x: 1, y: 2 } });
    expect(files.imports.session!.error).toBe('“bad.csv” could not be used: row 2, field “X”: “left” is not a number.');
    expect(await files.imports.confirm()).toBe(false);
    expect(Object.keys(controller.state.doc!.nodes)).toHaveLength(0);
  });

  it('can cancel an import while it reads, changing nothing', async () => {
    const { controller, files } = await setUp();
    const reading = files.openFiles([{ name: 'big.csv', bytes: enc(`Label\n${'x\n'.repeat(40_000)}`) }]);
    expect(files.imports.session?.stage).toBe('reading');
    files.imports.cancel();
    await reading;
    expect(files.store.get().dialog.kind).toBe('none');
    expect(controller.state.notice?.text).toBe('Import cancelled. Nothing has been changed.');
    expect((await listMaps(db)).maps).toHaveLength(0);
  });
});
