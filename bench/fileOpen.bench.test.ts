import * as Y from 'yjs';
import { it } from 'vitest';
import { documentFromSnapshot } from '../shared/editing';
import { readMapFile } from '../shared/files/readMapFile';
import { buildMapFile, serialiseMapFile } from '../shared/files/writeMapFile';
import { mapSnapshotSchema } from '../shared/model';
import { DocumentReader, LOCAL_UNTRACKED, writeDocument } from '../shared/sync';
import { adoptAsNewMap, encodeDocumentState, restoreDocumentAsNewMap } from '../shared/sync/fileState';
import { generateSnapshot } from './generateMap.mjs';

// Prints figures only. Opening a 5,000-node version-4 .ghmap file (records and document state)
// as a new map, up to the document the editor reads: the file read and checked, the state made
// the new map's, encoded for the store, read by the session. Peer in the same run: the same
// with the state decoded a second time, as before the checked document was handed over.
it('opening a 5,000-node .ghmap file with its document state', async () => {
  const snapshot = mapSnapshotSchema.parse(generateSnapshot({ nodes: 5000, links: 15000, seed: 7 }));
  const source = new Y.Doc();
  writeDocument(source, documentFromSnapshot(snapshot), LOCAL_UNTRACKED, { by: 'Bench', at: '2026-01-01T00:00:00.000Z' });
  const bytes = new TextEncoder().encode(serialiseMapFile(buildMapFile(snapshot, { documentState: encodeDocumentState(source) })));
  const identity = { id: 'opened', at: '2026-01-02T00:00:00.000Z', by: 'Bench' };
  const open = async (decodeAgain: boolean) => {
    const started = performance.now();
    const result = await readMapFile('bench.ghmap', bytes);
    if (result.status !== 'ok' || !result.file.documentState || !result.file.stateDocument) throw new Error('the file did not open with its state');
    const read = performance.now();
    if (decodeAgain) result.file.stateDocument.destroy();
    const ydoc = decodeAgain ? restoreDocumentAsNewMap(result.file.documentState, identity) : adoptAsNewMap(result.file.stateDocument, identity);
    Y.encodeStateAsUpdate(ydoc);
    const made = performance.now();
    if (!new DocumentReader(ydoc).doc) throw new Error('no map');
    ydoc.destroy();
    return { readMs: read - started, madeMs: made - read, totalMs: performance.now() - started };
  };
  const runs: { now: Awaited<ReturnType<typeof open>>; before: Awaited<ReturnType<typeof open>> }[] = [];
  for (let i = 0; i < 3; i++) runs.push({ before: await open(true), now: await open(false) });
  const best = (pick: (r: (typeof runs)[number]) => number) => Math.min(...runs.map(pick)).toFixed(0);
  console.log(
    `Open a 5,000-node / 15,000-link .ghmap file with its document state (best of 3): ${best((r) => r.now.totalMs)} ms ` +
      `(read and checked ${best((r) => r.now.readMs)} ms, made the new map's and encoded ${best((r) => r.now.madeMs)} ms); ` +
      `peer with the state decoded again: ${best((r) => r.before.totalMs)} ms (made and encoded ${best((r) => r.before.madeMs)} ms)`,
  );
}, 300_000);
