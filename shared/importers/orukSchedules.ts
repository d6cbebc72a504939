import type { OpeningSession } from '../model';
import type { OrukRow } from './orukTables';

/**
 * ORUK 3.0 schedules (iCalendar-style: `freq`, `interval`, `byday`, `bymonthday`, `opens_at`,
 * `closes_at`; older feeds use `weekday`) as the map's weekly opening sessions. A space's
 * sessions are a plain week, so anything that is not "every week on these days at these times"
 * — monthly, fortnightly, overnight, no times — is returned in words to be shown, not lost.
 */
export interface ScheduleReading {
  readonly sessions: OpeningSession[];
  /** Schedules that a weekly session cannot express, each in plain words. */
  readonly notShown: string[];
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' };

/** "09:00:00", "9:00", "0900", "10:00:00Z" → "09:00"; anything else → null. */
export function timeOfDay(value: string | undefined): string | null {
  const match = /^(\d{1,2}):?(\d{2})/.exec((value ?? '').trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null;
}

function dayOf(word: string): number | undefined {
  const w = word.trim().toLowerCase();
  if (/^[1-7]$/.test(w)) return Number(w) - 1;
  const index = DAY_CODES.findIndex((c, i) => w === c.toLowerCase() || w === DAY_NAMES[i]!.toLowerCase() || w === DAY_NAMES[i]!.slice(0, 3).toLowerCase());
  return index >= 0 ? index : undefined;
}

/** The days of a weekly rule, or null when `byday` has a position ("2TU") only a monthly rule can use. */
function weeklyDays(row: OrukRow): number[] | null {
  const weekday = dayOf(row.weekday ?? '');
  if (weekday !== undefined) return [weekday];
  const tokens = (row.byday ?? '').split(/[,\s]+/).filter(Boolean);
  const days: number[] = [];
  for (const token of tokens) {
    if (/^[-+]?\d/.test(token)) return null;
    const day = dayOf(token);
    if (day === undefined) return null;
    days.push(day);
  }
  return days;
}

function describeRule(row: OrukRow): string {
  const freq = (row.freq ?? '').toUpperCase();
  const interval = Number(row.interval || '1');
  const times = [timeOfDay(row.opens_at), timeOfDay(row.closes_at)];
  const when = !times[0] || !times[1] ? ' (no opening and closing times given)' : times[0] >= times[1] ? `, ${times[0]}–${times[1]} (closes before it opens, perhaps overnight)` : `, ${times[0]}–${times[1]}`;
  const days = (row.byday || row.weekday || '')
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((token) => {
      const m = /^([-+]?\d+)?(\w+)$/.exec(token);
      const day = dayOf(m?.[2] ?? token);
      const name = day === undefined ? token : DAY_NAMES[day];
      return m?.[1] ? `the ${ORDINALS[m[1].replace('+', '')] ?? `${m[1]}th`} ${name}` : name;
    });
  const dayWords = days.length ? ` on ${days.join(', ')}` : row.bymonthday ? ` on day ${row.bymonthday} of the month` : '';
  const every = freq === 'MONTHLY' ? (interval > 1 ? `every ${interval} months` : 'monthly') : freq === 'YEARLY' ? 'yearly' : interval > 1 ? `every ${interval} weeks` : 'weekly';
  const rule = `${every}${dayWords}${when}`;
  const description = (row.description ?? '').trim();
  return description ? `${rule} — “${description.slice(0, 160)}”` : rule;
}

export function schedulesToSessions(rows: readonly OrukRow[]): ScheduleReading {
  const sessions: OpeningSession[] = [];
  const notShown: string[] = [];
  for (const row of rows) {
    const freq = (row.freq ?? '').trim().toUpperCase();
    const interval = Number((row.interval ?? '').trim() || '1');
    const start = timeOfDay(row.opens_at);
    const end = timeOfDay(row.closes_at);
    const days = freq === 'DAILY' && interval === 1 ? [0, 1, 2, 3, 4, 5, 6] : freq === '' || freq === 'WEEKLY' ? weeklyDays(row) : null;
    const weekly = days !== null && days.length > 0 && interval === 1;
    if (!weekly || !start || !end || start >= end) {
      // A schedule with nothing in it at all (no days, no times, no words) is not worth a line.
      if (row.byday || row.weekday || row.opens_at || row.closes_at || row.description || row.bymonthday) notShown.push(describeRule(row));
      continue;
    }
    for (const day of days) if (!sessions.some((s) => s.day === day && s.start === start && s.end === end)) sessions.push({ day, start, end });
  }
  sessions.sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
  return { sessions: sessions.slice(0, 100), notShown };
}
