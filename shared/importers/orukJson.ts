import { FileProblem } from '../files/fileProblem';
import { emptyTables, type OrukTables, type UsedTable } from './orukTables';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '');

/** The most records one file or feed may hold: beyond this it is a national dump, not a borough. */
export const MAX_ORUK_RECORDS = 50_000;

/** What a JSON record is, from the fields only that kind of record has. */
export function orukRecordKind(item: unknown): 'service' | 'organization' | 'service_at_location' | 'location' | null {
  if (!isObj(item) || !('id' in item)) return null;
  if ('service' in item || ('location' in item && 'service_id' in item) || ('service_id' in item && 'location_id' in item)) return 'service_at_location';
  if ('services' in item || 'organization_identifiers' in item || 'parent_organization_id' in item || 'logo' in item || ('website' in item && !('organization' in item) && !('status' in item))) return 'organization';
  if ('service_at_locations' in item || 'organization' in item || 'organization_id' in item || 'schedules' in item || 'regular_schedules' in item || 'status' in item) return 'service';
  if ('addresses' in item || 'physical_addresses' in item || 'location_type' in item || 'latitude' in item) return 'location';
  return null;
}

/** The records of a page (`contents`, or 1.x's `content`), a plain list, or one `_full` record. */
export function orukItems(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (isObj(raw)) {
    if (Array.isArray(raw.contents)) return raw.contents;
    if (Array.isArray(raw.content)) return raw.content;
    return [raw];
  }
  return [];
}

/**
 * Flattens ORUK JSON — services, organisations or services-at-locations, in their `_full`
 * (nested) or `_list` (flat, with ids) forms, 3.0 or older field names — into its tables,
 * each record once by id, so the same code reads JSON, CSV and a live feed alike.
 */
export class OrukCollector {
  private readonly rows = new Map<UsedTable, Map<string, Record<string, string>>>();
  private count = 0;

  constructor(private readonly fileName: string) {}

  add(raw: unknown): void {
    for (const item of orukItems(raw)) {
      const kind = orukRecordKind(item);
      if (kind === 'service') this.service(item as Obj);
      else if (kind === 'organization') this.organization(item as Obj);
      else if (kind === 'service_at_location') this.serviceAtLocation(item as Obj);
      else if (kind === 'location') this.location(item as Obj);
    }
  }

  tables(): OrukTables {
    const out = emptyTables(this.fileName);
    for (const [table, rows] of this.rows) out[table] = [...rows.values()];
    return out;
  }

  private put(table: UsedTable, row: Record<string, string>, key = row.id || `${table}#${this.rows.get(table)?.size ?? 0}`): void {
    if (++this.count > MAX_ORUK_RECORDS * 4) throw new FileProblem(this.fileName, `it has more than ${MAX_ORUK_RECORDS.toLocaleString('en-GB')} services. Split it into smaller files.`);
    const rows = this.rows.get(table) ?? new Map<string, Record<string, string>>();
    this.rows.set(table, rows);
    const before = rows.get(key);
    // The same record often appears in several places (a _list row, then nested in a _full one): keep every field given.
    rows.set(key, before ? { ...row, ...Object.fromEntries(Object.entries(before).filter(([, v]) => v !== '')) } : row);
  }

  private flat(item: Obj, extra: Record<string, string> = {}): Record<string, string> {
    const row: Record<string, string> = {};
    for (const [k, v] of Object.entries(item)) if (!isObj(v) && !Array.isArray(v)) row[k] = str(v);
    return { ...row, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v)) };
  }

  private organization(o: Obj): string {
    const id = str(o.id);
    if (!id) return '';
    const row = this.flat(o);
    if (!row.website && row.url) row.website = row.url;
    // Charity and company numbers ("GB-CHC 1234567") are kept as a custom field on the organisation.
    const identifiers = list(o.organization_identifiers).map((i) => [str(i.identifier_scheme), str(i.identifier)].filter(Boolean).join(' ')).filter(Boolean);
    if (identifiers.length) row.identifiers = identifiers.join('; ');
    this.put('organization', row);
    this.owned(o, { organization_id: id });
    for (const s of list(o.services)) this.service(s, id);
    return id;
  }

  private service(s: Obj, orgId = ''): string {
    const id = str(s.id);
    if (!id) return '';
    const organizationId = (isObj(s.organization) ? this.organization(s.organization) : '') || str(s.organization_id) || orgId;
    this.put('service', this.flat(s, { organization_id: organizationId }));
    this.owned(s, { service_id: id });
    for (const area of list(s.service_areas)) this.put('service_area', this.flat(area, { service_id: id }));
    this.taxonomy(s, id);
    for (const sal of list(s.service_at_locations)) this.serviceAtLocation(sal, id);
    return id;
  }

  private serviceAtLocation(sal: Obj, serviceId = ''): void {
    const service = isObj(sal.service) ? this.service(sal.service) : '';
    const locationId = (isObj(sal.location) ? this.location(sal.location) : '') || str(sal.location_id);
    const sid = service || str(sal.service_id) || serviceId;
    const id = str(sal.id) || `${sid}@${locationId}`;
    this.put('service_at_location', this.flat(sal, { id, service_id: sid, location_id: locationId }));
    this.owned(sal, { service_at_location_id: id, ...(locationId ? { location_id: locationId } : {}) });
  }

  private location(l: Obj): string {
    const id = str(l.id);
    if (!id) return '';
    this.put('location', this.flat(l));
    for (const a of [...list(l.addresses), ...list(l.physical_addresses), ...list(l.physical_address)]) this.put('address', this.flat(a, { location_id: id }));
    this.owned(l, { location_id: id });
    return id;
  }

  /** Schedules, phones and contacts nested in a record belong to it. */
  private owned(item: Obj, owner: Record<string, string>): void {
    for (const s of [...list(item.schedules), ...list(item.regular_schedules)]) this.put('schedule', this.flat(s, owner));
    for (const p of list(item.phones)) this.put('phone', this.flat(p, owner));
    for (const c of list(item.contacts)) {
      const contact = this.flat(c, owner);
      this.put('contact', contact);
      for (const p of list(c.phones)) this.put('phone', this.flat(p, { contact_id: contact.id ?? '' }));
    }
  }

  /** 3.0 links terms through `attributes`; 1.x through `service_taxonomys`; some feeds list `taxonomy_terms`. */
  private taxonomy(s: Obj, serviceId: string): void {
    const terms = [
      ...list(s.attributes).map((a) => (isObj(a.taxonomy_term) ? a.taxonomy_term : null)),
      ...list(s.service_taxonomys).map((t) => (isObj(t.taxonomy) ? t.taxonomy : null)),
      ...list(s.taxonomy_terms),
    ].filter(isObj);
    for (const term of terms) {
      const row = this.flat(term);
      if (!row.id) row.id = `term:${row.name ?? ''}`;
      this.put('taxonomy_term', row);
      this.put('attribute', { link_id: serviceId, link_type: 'service', taxonomy_term_id: row.id }, `${serviceId}>${row.id}`);
    }
  }
}
