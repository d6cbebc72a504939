import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentFromSnapshot, runCommand } from '../../shared/editing';
import { mapSnapshotSchema, NODE_RECORD, type MapSnapshot } from '../../shared/model';
import { LOCAL_UNTRACKED, NODES, writeDocument, writePatch } from '../../shared/sync';
import { storedRecordsMismatch } from '../../shared/sync/storedRecordsMatch';
import { DocumentReader } from '../../shared/sync';

const STAMP = { by: 'Test', at: '2026-01-01T00:00:00.000Z' };
const demo: MapSnapshot = mapSnapshotSchema.parse(JSON.parse(readFileSync(new URL('../../assets/demo-map.json', import.meta.url), 'utf8')));
const records = documentFromSnapshot(demo);

function stateOf() {
  const ydoc = new Y.Doc();
  writeDocument(ydoc, records, LOCAL_UNTRACKED, STAMP);
  return ydoc;
}

afterEach(() => vi.restoreAllMocks());

// A file's state is compared with the file's records, validated once where the file was read.
describe('a document state compared with validated records', () => {
  it('matches the records it was written from without validating any node again', () => {
    const parse = vi.spyOn(NODE_RECORD.schema, 'safeParse');
    expect(storedRecordsMismatch(stateOf(), records, demo.map.id)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
  });

  it('still matches a node that a later edit stored differently but that reads the same', () => {
    const ydoc = stateOf();
    const id = demo.nodes[0]!.id;
    // A default written out explicitly: stored keys differ from a fresh write, the record reads the same.
    ydoc.getMap<Y.Map<unknown>>(NODES).get(id)!.set('notes', '');
    const parse = vi.spyOn(NODE_RECORD.schema, 'safeParse');
    expect(storedRecordsMismatch(ydoc, records, demo.map.id)).toBeNull();
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('finds a node that reads differently, one too many, and one that cannot be read', () => {
    const renamed = stateOf();
    const outcome = runCommand(new DocumentReader(renamed).doc!, { type: 'updateNode', args: { id: demo.nodes[1]!.id, changes: { name: 'Someone else' } } });
    if (!outcome.ok) throw new Error(outcome.error);
    writePatch(renamed, outcome.patch, LOCAL_UNTRACKED, STAMP);
    expect(storedRecordsMismatch(renamed, records, demo.map.id)).toBe('nodes');

    const extra = stateOf();
    const stranger = new Y.Map<unknown>();
    stranger.set('kind', 'person');
    extra.getMap<Y.Map<unknown>>(NODES).set('stranger', stranger);
    expect(storedRecordsMismatch(extra, records, demo.map.id)).toBe('nodes');

    const broken = stateOf();
    broken.getMap<Y.Map<unknown>>(NODES).get(demo.nodes[2]!.id)!.set('pos', ['left', 0]);
    expect(storedRecordsMismatch(broken, records, demo.map.id)).toBe('nodes');
  });

  it('finds links that do not match', () => {
    const ydoc = stateOf();
    ydoc.getMap<Y.Map<unknown>>('links').delete(demo.links[0]!.id);
    expect(storedRecordsMismatch(ydoc, records, demo.map.id)).toBe('links');
  });
});
