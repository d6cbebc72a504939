// Node-side figures for the editing core: what one drag frame and one undo cost on a big map,
// independent of drawing. Run through vitest's runner so TypeScript needs no build step.
import { applyPatch, documentFromSnapshot, recordInHistory, runCommand, takeUndo, EMPTY_HISTORY, type History } from '../shared/editing';
import { mapSnapshotSchema } from '../shared/model';
import { generateSnapshot } from './generateMap.mjs';

export function benchEditing(nodes: number, links: number): { parseMs: number; dragFrameMs: number; undoMs: number } {
  const raw = generateSnapshot({ nodes, links, seed: 3 });
  let t = performance.now();
  const snapshot = mapSnapshotSchema.parse(raw);
  const parseMs = performance.now() - t;
  let doc = documentFromSnapshot(snapshot);
  let history: History = EMPTY_HISTORY;
  const frames = 300;
  t = performance.now();
  for (let i = 0; i < frames; i++) {
    const outcome = runCommand(doc, { type: 'moveNodes', args: { moves: [{ id: 'n1', x: i, y: i }], mergeKey: 'drag:1' } });
    if (!outcome.ok) throw new Error(outcome.error);
    doc = applyPatch(doc, outcome.patch);
    history = recordInHistory(history, outcome, outcome.mode);
  }
  const dragFrameMs = (performance.now() - t) / frames;
  t = performance.now();
  const undo = takeUndo(history)!;
  doc = applyPatch(doc, undo.patch);
  const undoMs = performance.now() - t;
  return { parseMs, dragFrameMs, undoMs };
}
