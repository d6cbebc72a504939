import { it } from 'vitest';
import { documentFromSnapshot, snapshotFromDocument } from '../shared/editing';
import { mapSnapshotSchema, type MapSnapshot } from '../shared/model';
import { compareMaps, createCompareCache } from '../shared/snapshots/compareMaps';
import { generateSnapshot } from './generateMap.mjs';

// Prints figures only; `npm run bench` runs it. Never a timed assertion.
it('comparing a snapshot with the map now', () => {
  for (const [nodes, links] of [[2000, 5000], [10000, 25000]] as const) {
    const stored = mapSnapshotSchema.parse(generateSnapshot({ nodes, links, seed: 7 })) as MapSnapshot;
    // "Now": the same map read back (every record a different object, as after a reload) with 30 edits.
    const now = documentFromSnapshot(structuredClone(stored));
    const ids = Object.keys(now.nodes).slice(0, 30);
    const edited = { ...now, nodes: { ...now.nodes } };
    for (const id of ids) edited.nodes[id] = { ...edited.nodes[id]!, name: `${edited.nodes[id]!.name} (renamed)` };
    const after = snapshotFromDocument(edited);
    compareMaps(stored, after);
    const runs = 5;
    const start = performance.now();
    let changes = 0;
    for (let i = 0; i < runs; i++) changes = compareMaps(stored, after).changeCount;
    const ms = (performance.now() - start) / runs;
    // The compare panel with "the map now" open: one more edit, then the comparison again.
    const cache = createCompareCache(stored);
    compareMaps(stored, after, cache);
    const firstId = ids[0]!;
    const oneMore = { ...edited, nodes: { ...edited.nodes, [firstId]: { ...edited.nodes[firstId]!, x: edited.nodes[firstId]!.x + 10 } } };
    const again = performance.now();
    compareMaps(stored, snapshotFromDocument(oneMore), cache);
    const againMs = performance.now() - again;
    console.log(`Snapshot compare, ${nodes} nodes / ${links} links, ${changes} changes: ${ms.toFixed(1)} ms; again after one more edit (cached) ${againMs.toFixed(1)} ms`);
  }
});
