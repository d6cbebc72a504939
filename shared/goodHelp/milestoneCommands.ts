import { milestonesSchema, newId, type MilestoneId, type Milestones } from '../model';
import type { EditOutcome } from '../editing/commands/editResult';
import { refuse } from '../editing/commands/editResult';
import { validationMessage } from '../editing/commands/validationMessage';
import type { MapDocument } from '../editing/mapDocument';

export type MilestoneEdit =
  | { readonly type: 'setTarget'; readonly id: MilestoneId; readonly target: number }
  | { readonly type: 'setCountFrom'; readonly id: MilestoneId; readonly countFrom: 'map' | 'hand' }
  | { readonly type: 'addEntry'; readonly id: MilestoneId; readonly date: string; readonly value: number; readonly note?: string }
  | { readonly type: 'removeEntry'; readonly id: MilestoneId; readonly entryId: string }
  /** Keeps today's counts from the map, so progress over time can be drawn later. */
  | { readonly type: 'recordCounts'; readonly date: string; readonly counts: Partial<Record<MilestoneId, number>> };

const LABELS: Record<MilestoneEdit['type'], string> = {
  setTarget: 'Change a milestone target',
  setCountFrom: 'Change how a milestone is counted',
  addEntry: 'Add a milestone figure',
  removeEntry: 'Remove a milestone figure',
  recordCounts: "Record today's milestone figures",
};

/** One figure per milestone per day: a second on the same day replaces the first. */
function withEntry(milestones: Milestones, id: MilestoneId, date: string, value: number, note = ''): Milestones {
  const m = milestones[id];
  const entries = [...m.entries.filter((e) => e.date !== date), { id: newId(), date, value, note }];
  return { ...milestones, [id]: { ...m, entries } };
}

function apply(milestones: Milestones, edit: MilestoneEdit): Milestones {
  switch (edit.type) {
    case 'setTarget':
      return { ...milestones, [edit.id]: { ...milestones[edit.id], target: edit.target } };
    case 'setCountFrom':
      return { ...milestones, [edit.id]: { ...milestones[edit.id], countFrom: edit.countFrom } };
    case 'addEntry':
      return withEntry(milestones, edit.id, edit.date, edit.value, edit.note);
    case 'removeEntry':
      return { ...milestones, [edit.id]: { ...milestones[edit.id], entries: milestones[edit.id].entries.filter((e) => e.id !== edit.entryId) } };
    case 'recordCounts': {
      let next = milestones;
      for (const [id, value] of Object.entries(edit.counts) as [MilestoneId, number][]) next = withEntry(next, id, edit.date, value, 'Counted from the map');
      return next;
    }
  }
}

/** Edits the map's milestones; every edit is one undo step. */
export function editMilestones(doc: MapDocument, args: { edit: MilestoneEdit }): EditOutcome {
  const parsed = milestonesSchema.safeParse(apply(doc.meta.milestones, args.edit));
  if (!parsed.success) return refuse(validationMessage(parsed.error));
  return {
    ok: true,
    label: LABELS[args.edit.type],
    patch: { meta: { before: doc.meta, after: { ...doc.meta, milestones: parsed.data } }, nodes: {}, links: {} },
    mode: 'record',
  };
}
