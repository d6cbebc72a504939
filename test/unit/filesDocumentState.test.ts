import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { snapshotFromDocument, type Command, type MapDocument } from '../../shared/editing';
import { MAP_FILE_VERSION, MAX_DOCUMENT_STATE_BYTES } from '../../shared/files/mapFileSchema';
import { readMapFile, type ReadMapFileResult } from '../../shared/files/readMapFile';
import { buildMapFile, serialiseMapFile } from '../../shared/files/writeMapFile';
import { createMapMeta, createNode } from '../../shared/model';
import { adoptAsNewMap, encodeDocumentState, mergeState, previewMergedState, restoreAsNewMap, restoreDocumentAsNewMap, sharesHistory } from '../../shared/sync/fileState';
import { LOCAL_EDIT } from '../../shared/sync';
import { commandArb, start } from './syncCommands';
import { exchange, fork, replica, seeded } from './syncHarness';

const bytes = (text: string) => new TextEncoder().encode(text);
type Replica = ReturnType<typeof replica>;

function opened(result: ReadMapFileResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.file;
}

/** File ▸ Save as: the readable records and the document's state, from one moment. */
function saveText(r: Replica): string {
  return serialiseMapFile(buildMapFile(snapshotFromDocument(r.doc), { documentState: encodeDocumentState(r.ydoc) }));
}

/** Opening a saved file on another laptop: a new map with the same history. */
async function openCopy(text: string, name = 'Sam'): Promise<Replica> {
  const file = opened(await readMapFile('copy.ghmap', bytes(text)));
  if (!file.documentState) throw new Error(`the state was not used: ${file.stateSetAside}`);
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, restoreAsNewMap(file.documentState, { id: 'copy-map', at: '2026-12-02T09:00:00.000Z', by: name }));
  return replica(ydoc, name);
}

/** File ▸ Merge with the other copy's saved file. */
async function mergeFile(into: Replica, text: string): Promise<void> {
  const file = opened(await readMapFile('other.ghmap', bytes(text)));
  expect(file.documentState).not.toBeNull();
  expect(sharesHistory(into.ydoc, file.documentState!)).toBe(true);
  mergeState(into.ydoc, file.documentState!, LOCAL_EDIT, { by: 'Tester', at: '2026-12-02T10:00:00.000Z' });
}

/** A map apart from which map it is: its id, its dates of birth and deletion, and the records' mapId. */
function content(doc: MapDocument) {
  const { id: _id, createdAt: _c, deletedAt: _d, ...meta } = doc.meta;
  const strip = (records: Readonly<Record<string, { mapId: string }>>) => Object.fromEntries(Object.entries(records).map(([k, { mapId: _m, ...rest }]) => [k, rest]));
  return { meta, nodes: strip(doc.nodes), links: strip(doc.links) };
}

describe('.ghmap files carry the document state', () => {
  it('saves the state beside the records, and opening it restores that history under a new id', async () => {
    const original = replica(start(), 'Alex');
    original.run({ type: 'updateNode', args: { id: 'n0', changes: { notes: 'Open Tuesdays' } } });
    const text = saveText(original);
    const raw = JSON.parse(text);
    expect(raw.fileVersion).toBe(MAP_FILE_VERSION);
    expect(raw.document.encoding).toBe('yjs-update-v1');
    expect(raw.nodes).toHaveLength(4);
    const copy = await openCopy(text);
    expect(copy.doc.meta.id).toBe('copy-map');
    expect(copy.doc.meta.createdAt).toBe('2026-12-02T09:00:00.000Z');
    expect(content(copy.doc).nodes).toEqual(content(original.doc).nodes);
    expect(copy.doc.nodes.n0!.mapId).toBe('copy-map');
    expect(sharesHistory(original.ydoc, encodeDocumentState(copy.ydoc))).toBe(true);
  });

  it('hands over the document it checked the state in, so opening the file decodes the state once', async () => {
    const original = replica(start(), 'Alex');
    original.run({ type: 'updateNode', args: { id: 'n0', changes: { notes: 'Open Tuesdays' } } });
    const file = opened(await readMapFile('copy.ghmap', bytes(saveText(original))));
    expect(file.stateDocument).toBeInstanceOf(Y.Doc);
    const identity = { id: 'copy-map', at: '2026-12-02T09:00:00.000Z', by: 'Sam' };
    const adopted = replica(adoptAsNewMap(file.stateDocument!, identity), 'Sam');
    const decodedAgain = replica(restoreDocumentAsNewMap(file.documentState!, identity), 'Sam');
    expect(adopted.doc).toEqual(decodedAgain.doc);
    expect(adopted.doc.nodes.n0!.notes).toBe('Open Tuesdays');
    expect(sharesHistory(original.ydoc, encodeDocumentState(adopted.ydoc))).toBe(true);
    // A state that does not match is not handed over.
    const raw = JSON.parse(saveText(original));
    raw.nodes[0].name = 'Edited by hand';
    expect(opened(await readMapFile('hand.ghmap', bytes(JSON.stringify(raw)))).stateDocument).toBeNull();
  });

  it('opens a file from its records when the state does not match them, and says why', async () => {
    const original = replica(start());
    const raw = JSON.parse(saveText(original));
    raw.nodes[0].name = 'Edited by hand';
    const file = opened(await readMapFile('hand.ghmap', bytes(JSON.stringify(raw))));
    expect(file.snapshot.nodes[0]!.name).toBe('Edited by hand');
    expect(file.documentState).toBeNull();
    expect(file.stateSetAside).toMatch(/does not match its nodes/);
  });

  it('sets aside a state that is not a Yjs document, and refuses one that is not base64 or too big', async () => {
    const raw = JSON.parse(saveText(replica(start())));
    const garbage = { ...raw, document: { encoding: 'yjs-update-v1', state: btoa('not a document at all') } };
    const file = opened(await readMapFile('garbage.ghmap', bytes(JSON.stringify(garbage))));
    expect(file.documentState).toBeNull();
    expect(file.stateSetAside).toMatch(/document state/);
    expect(file.snapshot.nodes).toHaveLength(4);
    const notBase64 = await readMapFile('bad.ghmap', bytes(JSON.stringify({ ...raw, document: { encoding: 'yjs-update-v1', state: '<script>' } })));
    expect(notBase64.status === 'error' && notBase64.error).toMatch(/document.*not valid base64/);
    const huge = await readMapFile('huge.ghmap', bytes(JSON.stringify({ ...raw, document: { encoding: 'yjs-update-v1', state: 'A'.repeat((MAX_DOCUMENT_STATE_BYTES / 3) * 4 + 4) } })));
    expect(huge.status).toBe('error');
  });

  it('opens version-3 files, which have no state, from their records as before', async () => {
    const raw = JSON.parse(saveText(replica(start())));
    const { document: _state, ...v3 } = { ...raw, fileVersion: 3 };
    const file = opened(await readMapFile('v3.ghmap', bytes(JSON.stringify(v3))));
    expect(file.migratedFrom).toBe(3);
    expect(file.documentState).toBeNull();
    expect(file.stateSetAside).toBeNull();
    expect(file.snapshot.nodes).toHaveLength(4);
  });

  it('merges two copies edited apart exactly: both fields of one node, additions and deletions', async () => {
    const mine = replica(start(), 'Alex');
    const theirs = await openCopy(saveText(mine), 'Sam');
    mine.run({ type: 'updateNode', args: { id: 'n0', changes: { name: 'Kirkholt Library' } } });
    theirs.run({ type: 'updateNode', args: { id: 'n0', changes: { notes: 'Warm space on Fridays' } } });
    theirs.run({ type: 'deleteElements', args: { nodeIds: ['n3'], linkIds: [] } });
    theirs.run({ type: 'addNode', args: { kind: 'space', x: 400, y: 0, id: 'x0', name: 'Youth club' } });
    mine.run({ type: 'deleteElements', args: { nodeIds: [], linkIds: ['l0'] } });
    const preview = previewMergedState(mine.ydoc, encodeDocumentState(theirs.ydoc));
    expect(mine.doc.nodes.x0).toBeUndefined();
    await mergeFile(mine, saveText(theirs));
    expect(mine.doc).toEqual(preview);
    expect(mine.doc.meta.id).toBe('m1');
    expect(mine.doc.nodes.n0).toMatchObject({ name: 'Kirkholt Library', notes: 'Warm space on Fridays', mapId: 'm1' });
    expect(mine.doc.nodes.n3).toBeUndefined();
    expect(mine.doc.nodes.x0).toMatchObject({ name: 'Youth club', mapId: 'm1' });
    expect(mine.doc.links.l0).toBeUndefined();
    // Merging the same file again changes nothing.
    const before = mine.doc;
    await mergeFile(mine, saveText(theirs));
    expect(mine.doc).toBe(before);
  });

  it('does not take two different maps for copies of one', () => {
    const kirkholt = seeded({ map: createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1'), nodes: [createNode('space', { id: 'a', mapId: 'm1', name: 'Hub', x: 0, y: 0 })], links: [] });
    const heywood = seeded({ map: createMapMeta('Heywood', new Date('2026-01-01T00:00:00Z'), 'm2'), nodes: [], links: [] });
    expect(sharesHistory(kirkholt, encodeDocumentState(heywood))).toBe(false);
    expect(sharesHistory(kirkholt, encodeDocumentState(fork(kirkholt)))).toBe(true);
  });

  it('two copies edited apart and merged through files give what the live sync gives (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { maxLength: 12 }), fc.array(commandArb, { maxLength: 12 }), async (mineEdits: Command[], theirEdits: Command[]) => {
        const mine = replica(start(), 'Alex');
        const theirs = await openCopy(saveText(mine), 'Sam');
        for (const c of mineEdits) mine.tryRun(c);
        for (const c of theirEdits) theirs.tryRun(c);
        // What two windows in step would have made of the same edits.
        const liveA = replica(fork(mine.ydoc));
        const liveB = replica(fork(theirs.ydoc));
        exchange(liveA.ydoc, liveB.ydoc);
        const mineText = saveText(mine);
        await mergeFile(mine, saveText(theirs));
        await mergeFile(theirs, mineText);
        expect(content(mine.doc)).toEqual(content(liveA.doc));
        expect(content(theirs.doc)).toEqual(content(liveA.doc));
        expect(content(liveB.doc)).toEqual(content(liveA.doc));
        expect(mine.doc.meta.id).toBe('m1');
        expect(theirs.doc.meta.id).toBe('copy-map');
        expect(mine.reader.problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
