import { MILESTONE_IDS, type Milestone, type MilestoneEntry, type MilestoneId, type Milestones } from '../model';

export const MILESTONE_LABELS: Record<MilestoneId, { readonly title: string; readonly unit: string; readonly fromMap: string }> = {
  projects: { title: 'Good Help projects', unit: 'projects', fromMap: 'every project on the map' },
  professionals: {
    title: 'Professionals who have come to an event',
    unit: 'professionals',
    fromMap: 'people on the map with an event recorded',
  },
  advocates: { title: 'Self-identified Good Help advocates', unit: 'advocates', fromMap: 'people on the map marked as Good Help advocates' },
};

export interface ProgressPoint {
  readonly date: string;
  readonly value: number;
  /** Today's figure from the map, not yet recorded. */
  readonly live: boolean;
}

export interface MilestoneProgress {
  readonly id: MilestoneId;
  readonly target: number;
  readonly current: number | null;
  readonly points: readonly ProgressPoint[];
  /** 0 to 1 (capped), for the progress bar. */
  readonly share: number;
  readonly reached: boolean;
}

export function entriesInOrder(entries: readonly MilestoneEntry[]): MilestoneEntry[] {
  return entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.date.localeCompare(b.date) || i - j).map(([e]) => e);
}

/**
 * Where one milestone stands: counted from the map now (with the figures recorded on earlier
 * days behind it), or the latest figure entered by hand.
 */
export function milestoneProgress(id: MilestoneId, milestone: Milestone, mapCount: number, today: string): MilestoneProgress {
  const recorded: ProgressPoint[] = entriesInOrder(milestone.entries).map((e) => ({ date: e.date, value: e.value, live: false }));
  let points = recorded;
  let current: number | null = recorded.at(-1)?.value ?? null;
  if (milestone.countFrom === 'map') {
    points = [...recorded.filter((p) => p.date < today), { date: today, value: mapCount, live: !recorded.some((p) => p.date === today && p.value === mapCount) }];
    current = mapCount;
  }
  const share = current === null ? 0 : Math.min(1, current / milestone.target);
  return { id, target: milestone.target, current, points, share, reached: current !== null && current >= milestone.target };
}

export function allProgress(milestones: Milestones, counts: Record<MilestoneId, number>, today: string): MilestoneProgress[] {
  return MILESTONE_IDS.map((id) => milestoneProgress(id, milestones[id], counts[id], today));
}

/** An appreciative line: what has been reached so far, then what is left. */
export function progressSentence(p: MilestoneProgress): string {
  const unit = MILESTONE_LABELS[p.id].unit;
  if (p.current === null) return `No figure recorded yet towards ${p.target} ${unit}.`;
  if (p.reached) return `${p.current} ${unit} — the target of ${p.target} is reached.`;
  return `${p.current} of ${p.target} ${unit} so far: ${p.target - p.current} to go.`;
}
