import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { documentFromSnapshot } from '../../shared/editing';
import { mapSnapshotSchema, type MapSnapshot } from '../../shared/model';
import { DocumentReader, LOCAL_UNTRACKED, NODES, writeDocument } from '../../shared/sync';
import { adoptAsNewMap } from '../../shared/sync/fileState';
import { mapArb } from './filesArbitraries';

const STAMP = { by: 'Test', at: '2026-01-01T00:00:00.000Z' };
const demo: MapSnapshot = mapSnapshotSchema.parse(JSON.parse(readFileSync(new URL('../../assets/demo-map.json', import.meta.url), 'utf8')));

function written(snapshot: MapSnapshot) {
  const doc = documentFromSnapshot(snapshot);
  const ydoc = new Y.Doc();
  writeDocument(ydoc, doc, LOCAL_UNTRACKED, STAMP);
  return { doc, ydoc };
}

const listEntries = (ydoc: Y.Doc) => [...ydoc.share.keys()].filter((k) => k !== 'nodes' && k !== 'links' && k !== 'settings').reduce((sum, k) => sum + ydoc.getMap(k).size, 0);

// Opening a map just written from validated records takes those records as read: each record
// is validated once, where it came in. These prove that reads as exactly what validating gives.
describe('a document read with the records it was written from', () => {
  it('is the very map that reading and validating every record gives (the demo map)', () => {
    const { doc, ydoc } = written(demo);
    const known = new DocumentReader(ydoc, doc);
    expect(known.doc).toEqual(new DocumentReader(ydoc).doc);
    expect(known.problems).toEqual([]);
    // Only the map's settings lists were validated: no node or link a second time.
    expect(known.recordsRead).toBe(listEntries(ydoc));
  });

  it('is the very map that validating gives, for any valid map', () => {
    fc.assert(
      fc.property(mapArb, (snapshot) => {
        const { doc, ydoc } = written(snapshot);
        expect(new DocumentReader(ydoc, doc).doc).toEqual(new DocumentReader(ydoc).doc);
      }),
      { numRuns: 60 },
    );
  });

  it('gives known records the document’s own map id (a file’s state adopted under a new id)', () => {
    const { doc, ydoc } = written(demo);
    adoptAsNewMap(ydoc, { id: 'new-id', at: STAMP.at, by: 'Test' });
    const read = new DocumentReader(ydoc, doc).doc!;
    expect(read).toEqual(new DocumentReader(ydoc).doc);
    expect(Object.values(read.nodes).every((n) => n.mapId === 'new-id')).toBe(true);
    expect(Object.values(read.links).every((l) => l.mapId === 'new-id')).toBe(true);
  });

  it('still validates, and sets aside, a record the document holds that was not among them', () => {
    const { doc, ydoc } = written(demo);
    const bad = new Y.Map<unknown>();
    bad.set('kind', 'person');
    bad.set('name', '');
    bad.set('pos', [0, 0]);
    bad.set('_m', { v: 1, by: 'X', at: STAMP.at });
    ydoc.getMap<Y.Map<unknown>>(NODES).set('stranger', bad);
    const reader = new DocumentReader(ydoc, doc);
    expect(reader.doc!.nodes.stranger).toBeUndefined();
    expect(reader.problems).toEqual([expect.stringMatching(/^Node stranger was set aside: .*name/)]);
    expect(reader.recordsRead).toBe(listEntries(ydoc) + 1);
  });

  it('reads later changes to known records from the document, validated', () => {
    const { doc, ydoc } = written(demo);
    const reader = new DocumentReader(ydoc, doc);
    const id = Object.keys(doc.nodes)[0]!;
    ydoc.getMap<Y.Map<unknown>>(NODES).get(id)!.set('name', 'Renamed');
    reader.applyTransaction({ nodes: [id], links: [], settings: false, lists: new Map() });
    expect(reader.doc!.nodes[id]!.name).toBe('Renamed');
  });
});
