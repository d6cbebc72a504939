import type { Id } from '../../model';
import type { Patch } from '../patch';

/**
 * How an edit enters the undo history (Excalidraw's capture modes):
 * - `record`: a new undo step;
 * - `merge`: folded into the previous step when it carries the same merge key — a drag, or
 *   typing into one field, is one step however many frames or keystrokes it took;
 * - `skip`: applied and saved but not undoable (e.g. restoring a map).
 */
export type HistoryMode = 'record' | 'merge' | 'skip';

/** What a command produces: a patch to apply and save, and how it enters the undo history. */
export interface EditResult {
  readonly ok: true;
  readonly label: string;
  readonly patch: Patch;
  readonly mode: HistoryMode;
  readonly mergeKey?: string;
  /** What to select afterwards, e.g. the node just added. */
  readonly select?: { readonly nodeIds: readonly Id[]; readonly linkIds: readonly Id[] };
}

/** A command that cannot run says why in plain English and changes nothing. */
export interface EditRefusal {
  readonly ok: false;
  readonly error: string;
}

export type EditOutcome = EditResult | EditRefusal;

export function refuse(error: string): EditRefusal {
  return { ok: false, error };
}
