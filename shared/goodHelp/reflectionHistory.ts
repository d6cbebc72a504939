import { CHARACTERISTICS, type Characteristic, type Reflection, type ReflectionLevels } from '../model';

/** Oldest first; reflections on the same day keep the order they were recorded in. */
export function inDateOrder(reflections: readonly Reflection[]): Reflection[] {
  return reflections.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => a.date.localeCompare(b.date) || i - j).map(([r]) => r);
}

/**
 * The current level of each characteristic: the most recent one anybody recorded. A later
 * reflection that leaves a characteristic out does not wipe what was said before.
 */
export function currentLevels(reflections: readonly Reflection[]): ReflectionLevels {
  const levels: ReflectionLevels = {};
  for (const r of inDateOrder(reflections)) Object.assign(levels, r.levels);
  return levels;
}

export type LevelChange = 'up' | 'down' | 'same' | 'new';

export interface HistoryStep {
  readonly reflection: Reflection;
  /** How each characteristic it mentions moved since it was last reflected on. */
  readonly changes: Partial<Record<Characteristic, LevelChange>>;
}

/** Each reflection, newest first, with how each level moved since the one before. */
export function reflectionSteps(reflections: readonly Reflection[]): HistoryStep[] {
  const seen: ReflectionLevels = {};
  const steps: HistoryStep[] = [];
  for (const reflection of inDateOrder(reflections)) {
    const changes: Partial<Record<Characteristic, LevelChange>> = {};
    for (const c of CHARACTERISTICS) {
      const level = reflection.levels[c];
      if (level === undefined) continue;
      const before = seen[c];
      changes[c] = before === undefined ? 'new' : level > before ? 'up' : level < before ? 'down' : 'same';
      seen[c] = level;
    }
    steps.push({ reflection, changes });
  }
  return steps.reverse();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-03-04" → "4 March 2026". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** "2026-03-04" → "March 2026". */
export function monthYear(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${y}`;
}

/** "3 reflections since March 2026", "One reflection, in May 2026", or null for none. */
export function historySummary(reflections: readonly Reflection[]): string | null {
  if (reflections.length === 0) return null;
  const first = inDateOrder(reflections)[0]!;
  if (reflections.length === 1) return `One reflection, in ${monthYear(first.date)}`;
  return `${reflections.length} reflections since ${monthYear(first.date)}`;
}
