import { FileProblem } from '../files/fileProblem';
import type { ImportBatch } from './importBatch';
import { orukToBatch, type OrukRow, type OrukTables } from './openReferralRecords';
import type { Table } from './table';

const TABLE_NAMES = ['organization', 'service', 'location', 'service_at_location', 'regular_schedule', 'physical_address'] as const;
type TableName = (typeof TABLE_NAMES)[number];

/** Which Open Referral UK table a CSV is, from its file or sheet name ("service_at_location.csv"). */
function orukTableName(table: Table): TableName | null {
  const name = (table.sheetName ?? table.fileName).toLowerCase().replace(/\.(csv|xlsx)$/, '').replace(/[\s-]+/g, '_');
  const match = TABLE_NAMES.filter((t) => name === t || name.endsWith(`_${t}`) || name === `${t}s`).sort((a, b) => b.length - a.length)[0];
  return match && table.headers.map((h) => h.toLowerCase()).includes('id') ? match : null;
}

/**
 * Picks Open Referral UK tables out of the imported tables and turns them into records; the
 * remaining tables go through the ordinary column mapping.
 */
export function extractOpenReferral(tables: readonly Table[]): { batch: ImportBatch | null; rest: Table[] } {
  const found = new Map<TableName, Table>();
  const rest: Table[] = [];
  for (const table of tables) {
    const name = orukTableName(table);
    if (name && !found.has(name)) found.set(name, table);
    else rest.push(table);
  }
  if (!found.has('organization') && !found.has('location')) return { batch: null, rest: [...tables] };
  const rows = (name: TableName): OrukRow[] => {
    const table = found.get(name);
    if (!table) return [];
    const headers = table.headers.map((h) => h.toLowerCase());
    return table.rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
  };
  const fileName = [...found.values()].map((t) => t.sheetName ?? t.fileName).join(', ');
  return { batch: orukToBatch({ fileName, ...(Object.fromEntries(TABLE_NAMES.map((n) => [n, rows(n)])) as unknown as Omit<OrukTables, 'fileName'>) }), rest };
}

/** Whether parsed JSON is Open Referral UK service data (one service, a list, or a page of them). */
export function isOpenReferralJson(raw: unknown): boolean {
  const first = servicesOf(raw)[0];
  return typeof first === 'object' && first !== null && 'service_at_locations' in first;
}

function servicesOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as Record<string, unknown>;
    if (Array.isArray(r.content)) return r.content;
    if (Array.isArray(r.contents)) return r.contents;
    if ('service_at_locations' in r) return [r];
  }
  return [];
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);

/** Open Referral UK's JSON (its API's service records) flattened into its tables, then read. */
export function readOpenReferralJson(fileName: string, raw: unknown): ImportBatch {
  const services = list(servicesOf(raw));
  if (services.length > 50_000) throw new FileProblem(fileName, 'it has more than 50,000 services. Split it into smaller files.');
  const t = { organization: new Map<string, OrukRow>(), service: [] as OrukRow[], location: new Map<string, OrukRow>(), service_at_location: [] as OrukRow[], regular_schedule: [] as OrukRow[], physical_address: [] as OrukRow[] };
  for (const service of services) {
    const org = (service.organization ?? {}) as Record<string, unknown>;
    const orgId = str(org.id) || str(service.organization_id);
    if (orgId && !t.organization.has(orgId)) t.organization.set(orgId, { id: orgId, name: str(org.name), description: str(org.description), url: str(org.url), email: str(org.email) });
    const serviceId = str(service.id);
    t.service.push({ id: serviceId, organization_id: orgId, name: str(service.name) });
    for (const s of list(service.regular_schedules)) t.regular_schedule.push({ service_id: serviceId, weekday: str(s.weekday), byday: str(s.byday), opens_at: str(s.opens_at), closes_at: str(s.closes_at) });
    for (const sal of list(service.service_at_locations)) {
      const loc = (sal.location ?? {}) as Record<string, unknown>;
      const locId = str(loc.id) || str(sal.location_id);
      const salId = str(sal.id) || `${serviceId}@${locId}`;
      t.service_at_location.push({ id: salId, service_id: serviceId, location_id: locId });
      for (const s of list(sal.regular_schedules)) t.regular_schedule.push({ service_at_location_id: salId, weekday: str(s.weekday), byday: str(s.byday), opens_at: str(s.opens_at), closes_at: str(s.closes_at) });
      if (locId && !t.location.has(locId)) {
        t.location.set(locId, { id: locId, name: str(loc.name), description: str(loc.description) });
        const address = list(loc.physical_addresses)[0] ?? (loc.physical_address as Record<string, unknown> | undefined);
        if (address) t.physical_address.push({ location_id: locId, address_1: str(address.address_1), city: str(address.city), postal_code: str(address.postal_code) });
      }
    }
  }
  return orukToBatch({ fileName, ...t, organization: [...t.organization.values()], location: [...t.location.values()] });
}
