import {
  EMPTY_HISTORY,
  applyPatch,
  recordInHistory,
  runCommand,
  takeRedo,
  takeUndo,
  type Command,
  type History,
  type MapDocument,
} from '../../shared/editing';

/** Runs commands on a document the way the controller does: apply, and record for undo. */
export function commandSession(doc: MapDocument) {
  let history: History = EMPTY_HISTORY;
  return {
    get doc() {
      return doc;
    },
    get history() {
      return history;
    },
    run(command: Command) {
      const outcome = runCommand(doc, command);
      if (!outcome.ok) throw new Error(outcome.error);
      doc = applyPatch(doc, outcome.patch);
      history = recordInHistory(history, outcome, outcome.mode);
      return outcome;
    },
    refused(command: Command) {
      const outcome = runCommand(doc, command);
      return outcome.ok ? null : outcome.error;
    },
    undo() {
      const step = takeUndo(history)!;
      history = step.history;
      doc = applyPatch(doc, step.patch);
    },
    redo() {
      const step = takeRedo(history)!;
      history = step.history;
      doc = applyPatch(doc, step.patch);
    },
  };
}
