import type { Id } from '../../model';
import type { HistoryMode } from '../history';
import type { Patch } from '../patch';

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
