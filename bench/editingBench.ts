// Node-side figures for the editing core: what one drag frame and one undo cost on a big map,
// independent of drawing. Run through vitest's runner so TypeScript needs no build step.
import * as Y from 'yjs';
import { documentFromSnapshot, runCommand } from '../shared/editing';
import { DocumentReader, LOCAL_EDIT, LOCAL_UNTRACKED, observeDocument, UndoHistory, writeDocument, writePatch } from '../shared/sync';
import { mapSnapshotSchema } from '../shared/model';
import { generateSnapshot } from './generateMap.mjs';

export function benchEditing(nodes: number, links: number): { parseMs: number; dragFrameMs: number; undoMs: number } {
  const raw = generateSnapshot({ nodes, links, seed: 3 });
  let t = performance.now();
  const snapshot = mapSnapshotSchema.parse(raw);
  const parseMs = performance.now() - t;
  // As the app does it: each frame a command, written to the map's Yjs document and read back.
  const ydoc = new Y.Doc();
  const stamp = { by: 'Bench', at: '2026-01-01T00:00:00.000Z' };
  writeDocument(ydoc, documentFromSnapshot(snapshot), LOCAL_UNTRACKED, stamp);
  const reader = new DocumentReader(ydoc);
  observeDocument(ydoc, reader, () => {});
  const history = new UndoHistory(ydoc);
  const frames = 300;
  t = performance.now();
  for (let i = 0; i < frames; i++) {
    const outcome = runCommand(reader.doc!, { type: 'moveNodes', args: { moves: [{ id: 'n1', x: i, y: i }], mergeKey: 'drag:1' } });
    if (!outcome.ok) throw new Error(outcome.error);
    history.beforeEdit({ label: outcome.label, mode: outcome.mode, ...(outcome.mergeKey ? { mergeKey: outcome.mergeKey } : {}), now: i });
    writePatch(ydoc, outcome.patch, LOCAL_EDIT, stamp);
  }
  const dragFrameMs = (performance.now() - t) / frames;
  t = performance.now();
  history.undo();
  const undoMs = performance.now() - t;
  return { parseMs, dragFrameMs, undoMs };
}
