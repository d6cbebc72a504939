import type { OpeningSession } from '../model';
import type { ImportBatch, ImportedConnection, ImportedElement } from './importBatch';

/**
 * Open Referral UK's core records, as plain strings whatever they came from (its CSV tables
 * or its JSON API), and the one place that turns them into organisations, spaces and links.
 */
export type OrukRow = Readonly<Record<string, string>>;
export interface OrukTables {
  readonly fileName: string;
  readonly organization: readonly OrukRow[];
  readonly service: readonly OrukRow[];
  readonly location: readonly OrukRow[];
  readonly service_at_location: readonly OrukRow[];
  readonly regular_schedule: readonly OrukRow[];
  readonly physical_address: readonly OrukRow[];
}

const DAYS: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6, monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };

/** "09:00:00", "9:00", "0900" → "09:00"; anything else → null. */
function time(value: string | undefined): string | null {
  const match = /^(\d{1,2}):?(\d{2})/.exec((value ?? '').trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null;
}

/** The days a schedule row covers: ORUK's `weekday` (a name or 1–7, Monday first) or an RRULE `byday`. */
function days(row: OrukRow): number[] {
  const weekday = (row.weekday ?? '').trim().toLowerCase();
  if (/^[1-7]$/.test(weekday)) return [Number(weekday) - 1];
  if (DAYS[weekday] !== undefined) return [DAYS[weekday]!];
  return (row.byday ?? '')
    .split(/[,\s]+/)
    .map((d) => DAYS[d.replace(/^[-+]?\d+/, '').toLowerCase()])
    .filter((d): d is number => d !== undefined);
}

export function sessionsOf(rows: readonly OrukRow[], problems: { count: number }): OpeningSession[] {
  const out: OpeningSession[] = [];
  for (const row of rows) {
    const start = time(row.opens_at);
    const end = time(row.closes_at);
    const on = days(row);
    if (!start || !end || start >= end || on.length === 0) {
      problems.count++;
      continue;
    }
    for (const day of on) if (!out.some((s) => s.day === day && s.start === start && s.end === end)) out.push({ day, start, end });
  }
  return out.sort((a, b) => a.day - b.day || a.start.localeCompare(b.start)).slice(0, 100);
}

export function orukToBatch(t: OrukTables): ImportBatch {
  const warnings: string[] = [];
  const place = (record: string) => ({ fileName: t.fileName, record });
  const elements: ImportedElement[] = [];
  for (const org of t.organization) {
    if (!org.id || !org.name) continue;
    elements.push(compact({ place: place(`organization ${org.id}`), id: org.id, name: org.name.slice(0, 200), kind: 'organisation', notes: org.description || undefined, website: org.url || undefined, contact: [org.email, org.phone].filter(Boolean).join(' ') || undefined }));
  }
  const services = new Map(t.service.filter((s) => s.id).map((s) => [s.id!, s]));
  const addressOf = new Map(t.physical_address.filter((a) => a.location_id).map((a) => [a.location_id!, a]));
  const atLocation = new Map<string, OrukRow[]>();
  for (const sal of t.service_at_location) if (sal.location_id) atLocation.set(sal.location_id, [...(atLocation.get(sal.location_id) ?? []), sal]);
  const badTimes = { count: 0 };
  for (const loc of t.location) {
    if (!loc.id) continue;
    const address = addressOf.get(loc.id);
    const name = loc.name || address?.address_1 || '';
    if (!name) continue;
    const links = atLocation.get(loc.id) ?? [];
    const salIds = new Set(links.map((l) => l.id));
    const serviceIds = new Set(links.map((l) => l.service_id));
    const schedules = t.regular_schedule.filter((r) => (r.service_at_location_id && salIds.has(r.service_at_location_id)) || (!r.service_at_location_id && r.service_id && serviceIds.has(r.service_id)));
    elements.push(
      compact({
        place: place(`location ${loc.id}`),
        id: loc.id,
        name: name.slice(0, 200),
        kind: 'space',
        notes: loc.description || undefined,
        address: address ? [address.address_1, address.city].filter(Boolean).join(', ').slice(0, 500) : undefined,
        postcode: address?.postal_code ? address.postal_code.slice(0, 12) : undefined,
        sessions: schedules.length ? sessionsOf(schedules, badTimes) : undefined,
      }),
    );
  }
  if (badTimes.count) warnings.push(`${badTimes.count} opening times could not be read and were left out.`);
  const connections: ImportedConnection[] = [];
  const serviceNames = new Map<string, string[]>();
  let orphans = 0;
  for (const sal of t.service_at_location) {
    const service = services.get(sal.service_id ?? '');
    if (!service?.organization_id || !sal.location_id) {
      orphans++;
      continue;
    }
    const pair = `${service.organization_id}>${sal.location_id}`;
    serviceNames.set(pair, [...(serviceNames.get(pair) ?? []), service.name ?? ''].filter(Boolean));
  }
  for (const [pair, names] of serviceNames) {
    const [from, to] = pair.split('>') as [string, string];
    connections.push({ place: place(`service at location ${pair}`), from, to, type: 'runsOrHosts', notes: `Services here: ${names.join('; ')}`.slice(0, 20_000) });
  }
  if (orphans) warnings.push(`${orphans} services at a location had no organisation or location and were left out.`);
  return { elements, connections, warnings };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
