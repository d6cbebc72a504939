import * as Y from 'yjs';
import { it } from 'vitest';
import { documentFromSnapshot } from '../shared/editing';
import { mapSnapshotSchema, type MapSnapshot } from '../shared/model';
import { DocumentReader, LINKS, NODES, writeDocument } from '../shared/sync';
import { generateSnapshot } from './generateMap.mjs';

// Prints figures only; `npm run bench` runs it. Never a timed assertion. Run with
// `node --expose-gc` (vitest's pool does) for heap figures; without it they are rough.
const STAMP = { by: 'Bench', at: '2026-01-01T00:00:00.000Z' };
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/** The same map under three layouts: every record a Y.Map of fields (ours), links as whole JSON values, everything as whole JSON values. */
function encode(snapshot: MapSnapshot, layout: 'fields' | 'linksWhole' | 'allWhole'): Uint8Array {
  const ydoc = new Y.Doc();
  if (layout === 'fields') writeDocument(ydoc, documentFromSnapshot(snapshot), 'bench', STAMP);
  else {
    const doc = documentFromSnapshot(snapshot);
    writeDocument(ydoc, { ...doc, links: {}, ...(layout === 'allWhole' ? { nodes: {} } : {}) }, 'bench', STAMP);
    ydoc.transact(() => {
      const links = ydoc.getMap(LINKS);
      for (const l of Object.values(doc.links)) links.set(l.id, l);
      if (layout === 'allWhole') {
        const nodes = ydoc.getMap(NODES);
        for (const n of Object.values(doc.nodes)) nodes.set(n.id, n);
      }
    });
  }
  return Y.encodeStateAsUpdate(ydoc);
}

it('a 5,000-node / 15,000-link map as a Yjs document', () => {
  const snapshot = mapSnapshotSchema.parse(generateSnapshot({ nodes: 5000, links: 15000, seed: 3 })) as MapSnapshot;
  for (const layout of ['fields', 'linksWhole', 'allWhole'] as const) {
    const update = encode(snapshot, layout);
    const base = heap();
    const start = performance.now();
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, update);
    const decodedMs = performance.now() - start;
    let readMs = NaN;
    let reader: DocumentReader | null = null;
    if (layout === 'fields') {
      reader = new DocumentReader(ydoc);
      readMs = performance.now() - start;
    } else {
      ydoc.getMap(NODES).toJSON();
      ydoc.getMap(LINKS).toJSON();
      readMs = performance.now() - start;
    }
    const used = heap() - base;
    console.log(
      `Y layout "${layout}": ${(update.byteLength / 1048576).toFixed(1)} MB stored; decode ${decodedMs.toFixed(0)} ms; decode + read${layout === 'fields' ? ' + validate every record' : ' (toJSON, no validation)'} ${readMs.toFixed(0)} ms; heap ${mb(used)}`,
    );
    if (reader && Object.keys(reader.doc!.nodes).length !== 5000) throw new Error('nodes lost');
    ydoc.destroy();
  }
});
