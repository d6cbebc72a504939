import type { Id } from '../model';

/** A record collection (a map's nodes, its links) as the reader made it from the one before. */
interface Step {
  readonly from: object;
  readonly ids: ReadonlySet<Id>;
}

const steps = new WeakMap<object, Step>();

/** How many versions back `changedBetween` looks before giving up (a caller then recomputes in full). */
const MAX_STEPS = 8;

/** Records that `next` was made from `previous` by changing (adding, updating or removing) `ids`. */
export function noteChanges(previous: object, next: object, ids: ReadonlySet<Id>): void {
  steps.set(next, { from: previous, ids });
}

/**
 * The ids of the records that differ between two versions of a collection the reader made, or
 * null if it cannot tell (not one of its recent versions): selectors use it to redo only what a
 * change touched, and work from scratch otherwise. Every id not listed keeps its very object.
 */
export function changedBetween(before: object, after: object): ReadonlySet<Id> | null {
  if (before === after) return EMPTY;
  let at: object = after;
  let only: ReadonlySet<Id> | null = null;
  let union: Set<Id> | null = null;
  for (let i = 0; i < MAX_STEPS; i++) {
    const step = steps.get(at);
    if (!step) return null;
    if (!only) only = step.ids;
    else {
      union ??= new Set(only);
      for (const id of step.ids) union.add(id);
    }
    if (step.from === before) return union ?? only;
    at = step.from;
  }
  return null;
}

const EMPTY: ReadonlySet<Id> = new Set();
