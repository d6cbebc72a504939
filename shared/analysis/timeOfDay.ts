import { DAYS, type OpeningSession } from '../model';
import { joinWords } from './words';

/**
 * The day is split into three parts, as people describe when help is there: morning (before
 * noon), afternoon (noon to five) and evening (five onwards). A week is 7 × 3 = 21 cells,
 * numbered day × 3 + part, Monday morning first.
 */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export const DAY_PART_LABELS: Record<DayPart, string> = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };
const PART_BOUNDS: readonly (readonly [number, number])[] = [
  [0, 12 * 60],
  [12 * 60, 17 * 60],
  [17 * 60, 24 * 60],
];
export const CELL_COUNT = 21;
/** A session must overlap a part of the day by this much to count: a 16:45 close is not an evening. */
export const MIN_OVERLAP_MINUTES = 30;

export interface TimeCell {
  readonly day: number;
  readonly part: DayPart;
}

export function cellIndex(day: number, part: DayPart): number {
  return day * 3 + DAY_PARTS.indexOf(part);
}

export function cellOf(index: number): TimeCell {
  return { day: Math.floor(index / 3), part: DAY_PARTS[index % 3]! };
}

/** Minutes since midnight of a validated "HH:MM" time (shared/model checks the form). */
function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The cells a set of opening sessions covers, ascending and without repeats. */
export function cellsOpen(sessions: readonly OpeningSession[]): number[] {
  const open = new Set<number>();
  for (const session of sessions) {
    const start = minutes(session.start);
    const end = minutes(session.end);
    for (let part = 0; part < PART_BOUNDS.length; part++) {
      const [from, to] = PART_BOUNDS[part]!;
      if (Math.min(end, to) - Math.max(start, from) >= MIN_OVERLAP_MINUTES) open.add(session.day * 3 + part);
    }
  }
  return [...open].sort((a, b) => a - b);
}

/** Evenings and weekends: when most services are shut and people most need somewhere. */
export function isOutOfHours(cell: number): boolean {
  const { day, part } = cellOf(cell);
  return part === 'evening' || day >= 5;
}

function dayList(days: readonly number[]): string {
  const consecutive = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  if (consecutive && days.length >= 3) return `${DAYS[days[0]!]} to ${DAYS[days[days.length - 1]!]}`;
  return joinWords(days.map((d) => DAYS[d]!));
}

/**
 * Cells in words, grouped the way people say them: "Tuesday and Thursday evenings, all day
 * Saturday, Sunday morning and afternoon, every evening". Days with the same parts open are
 * named together; runs of three or more days read "Monday to Friday".
 */
export function describeCells(cells: readonly number[], conjunction = 'and'): string {
  const masks = DAYS.map((_, d) => [0, 1, 2].reduce((m, p) => (cells.includes(d * 3 + p) ? m | (1 << p) : m), 0));
  const groups = new Map<number, number[]>();
  masks.forEach((mask, day) => {
    if (mask) groups.set(mask, [...(groups.get(mask) ?? []), day]);
  });
  const phrases = [...groups.entries()].map(([mask, days]) => {
    const parts = DAY_PARTS.filter((_, p) => mask & (1 << p));
    if (mask === 7) return days.length === 7 ? 'every day, morning to evening' : days.length === 2 && days[0] === 5 && days[1] === 6 ? 'all weekend' : `all day ${dayList(days)}`;
    if (days.length === 7) return `every ${joinWords(parts)}`;
    return `${dayList(days)} ${joinWords(days.length === 1 ? parts : parts.map((p) => `${p}s`))}`;
  });
  return joinWords(phrases, conjunction);
}
