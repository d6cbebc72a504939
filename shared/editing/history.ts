import { composePatches, invertPatch, isEmptyPatch, type Patch } from './patch';

/**
 * How an edit enters the undo history (Excalidraw's capture modes):
 * - `record`: a new undo step;
 * - `merge`: folded into the previous step when it carries the same merge key — a drag, or
 *   typing into one field, is one step however many frames or keystrokes it took;
 * - `skip`: applied and saved but not undoable (e.g. restoring a map).
 */
export type HistoryMode = 'record' | 'merge' | 'skip';

export interface HistoryEntry {
  readonly label: string;
  readonly patch: Patch;
  readonly mergeKey?: string;
}

export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };
export const HISTORY_LIMIT = 500;

export function recordInHistory(history: History, entry: HistoryEntry, mode: HistoryMode): History {
  if (mode === 'skip' || isEmptyPatch(entry.patch)) return history;
  const last = history.undo[history.undo.length - 1];
  if (mode === 'merge' && last && entry.mergeKey !== undefined && last.mergeKey === entry.mergeKey) {
    const merged: HistoryEntry = { ...last, patch: composePatches(last.patch, entry.patch) };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  const undo = [...history.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}

/** Takes the newest step off the undo stack; the caller applies `patch` (already inverted). */
export function takeUndo(history: History): { history: History; patch: Patch; label: string } | null {
  const entry = history.undo[history.undo.length - 1];
  if (!entry) return null;
  return {
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] },
    patch: invertPatch(entry.patch),
    label: entry.label,
  };
}

export function takeRedo(history: History): { history: History; patch: Patch; label: string } | null {
  const entry = history.redo[history.redo.length - 1];
  if (!entry) return null;
  // A redone step must not merge with whatever is typed next, so the merge key is dropped.
  const { mergeKey: _dropped, ...plain } = entry;
  return {
    history: { undo: [...history.undo, plain], redo: history.redo.slice(0, -1) },
    patch: entry.patch,
    label: entry.label,
  };
}
