import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { FileService } from '../../renderer/files/fileService';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { listMaps, loadMap } from '../../renderer/storage/mapRepository';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`open-big-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

// Big enough that its document takes many steps to write (DocumentBuild), small enough to be quick.
const bigFile = () => ({ name: 'borough.ghmap', bytes: new TextEncoder().encode(JSON.stringify(generateSnapshot({ nodes: 1500, links: 4500, seed: 3 }))) });

async function openBig() {
  const controller = new EditorController({ db });
  await controller.start();
  const files = new FileService(controller);
  await files.openFiles([bigFile()]);
  const doc = controller.state.doc!;
  expect(Object.keys(doc.nodes)).toHaveLength(1500);
  // Shown from its records; its document is still being written, and nothing is stored yet.
  expect(controller.mapSession!.documentWhole).toBe(false);
  expect(controller.state.saveStatus).toBe('saving');
  return { controller, doc };
}

describe('opening a big map file', () => {
  it('keeps and stores an edit made straight after opening, before the map’s document is whole, and undoes it alone', async () => {
    const { controller, doc } = await openBig();
    const [first, second] = Object.keys(doc.nodes);
    controller.dispatch({ type: 'updateNode', args: { id: first!, changes: { name: 'Renamed at once' } } });
    expect(controller.mapSession!.documentWhole).toBe(true);
    controller.select({ nodeIds: [second!], linkIds: [] });
    controller.dispatch({ type: 'updateNode', args: { id: second!, changes: { name: 'Renamed next' } } });
    expect(controller.state.doc!.nodes[first!]!.name).toBe('Renamed at once');
    // Undo takes back the last edit only: never the map written from the file.
    controller.undo();
    expect(controller.state.doc!.nodes[second!]!.name).toBe(doc.nodes[second!]!.name);
    expect(controller.state.doc!.nodes[first!]!.name).toBe('Renamed at once');
    expect(controller.state.history.undo).toHaveLength(1);
    expect(controller.state.saveStatus).not.toBe('saved');
    await controller.flush();
    expect(controller.state.saveStatus).toBe('saved');
    const stored = await loadMap(db, doc.meta.id);
    expect(stored.doc).toEqual(controller.state.doc);
    expect(Object.keys(stored.doc.links)).toHaveLength(Object.keys(doc.links).length);
    expect((await listMaps(db)).maps.map((m) => m.name)).toEqual([doc.meta.name]);
  });

  it('writes the document in the background, keeps the map the editor was given, and only then stores it', async () => {
    const { controller, doc } = await openBig();
    const session = controller.mapSession!;
    await expect.poll(() => session.documentWhole, { timeout: 20_000 }).toBe(true);
    // The editor's map is the one drawn at first: nothing redrawn for a document that reads the same.
    expect(controller.state.doc).toBe(doc);
    await expect.poll(() => controller.state.saveStatus, { timeout: 20_000 }).toBe('saved');
    expect((await loadMap(db, doc.meta.id)).doc).toEqual(doc);
  });

  it('stores the whole map when another is opened before its document is written', async () => {
    const { controller, doc } = await openBig();
    await controller.newMap('Next');
    expect(controller.state.doc!.meta.name).toBe('Next');
    const stored = await loadMap(db, doc.meta.id);
    expect(Object.keys(stored.doc.nodes)).toHaveLength(1500);
    expect(stored.doc).toEqual(doc);
  });
});
