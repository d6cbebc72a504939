import * as Y from 'yjs';
import { runCommand, type Command, type MapDocument } from '../../shared/editing';
import { DocumentReader, LOCAL_EDIT, LOCAL_UNTRACKED, observeDocument, UndoHistory, writeDocument, writePatch } from '../../shared/sync';

const STAMP = { by: 'Tester', at: '2026-01-01T00:00:00.000Z' };

/**
 * Runs commands on a map the way the controller does: each patch written into the map's Yjs
 * document in one transaction, the next map read back from it, and undo by Yjs's UndoManager
 * with the app's stopping points (shared/sync/undoHistory.ts).
 */
export function commandSession(start: MapDocument) {
  const ydoc = new Y.Doc();
  writeDocument(ydoc, start, LOCAL_UNTRACKED, STAMP);
  const reader = new DocumentReader(ydoc);
  observeDocument(ydoc, reader, () => {});
  const undo = new UndoHistory(ydoc);
  let clock = 0;
  return {
    ydoc,
    get doc(): MapDocument {
      return reader.doc!;
    },
    get history() {
      return { undo: undo.undoSteps, redo: undo.redoSteps };
    },
    run(command: Command) {
      const outcome = runCommand(reader.doc!, command);
      if (!outcome.ok) throw new Error(outcome.error);
      undo.beforeEdit({ label: outcome.label, mode: outcome.mode, ...(outcome.mergeKey !== undefined ? { mergeKey: outcome.mergeKey } : {}), now: ++clock });
      writePatch(ydoc, outcome.patch, outcome.mode === 'skip' ? LOCAL_UNTRACKED : LOCAL_EDIT, STAMP);
      return outcome;
    },
    refused(command: Command) {
      const outcome = runCommand(reader.doc!, command);
      return outcome.ok ? null : outcome.error;
    },
    /** A stopping point, as when the selection changes. */
    stopCapturing() {
      undo.stopCapturing();
    },
    undo() {
      return undo.undo();
    },
    redo() {
      return undo.redo();
    },
  };
}
