import { FileProblem } from '../files/fileProblem';
import type { ImportBatch } from './importBatch';
import { orukToBatch } from './openReferralRecords';
import { MAX_ORUK_RECORDS, OrukCollector, orukItems, orukRecordKind } from './orukJson';
import { emptyTables, TABLE_ALIASES, UNUSED_TABLES, USED_TABLES, type OrukRow, type UsedTable } from './orukTables';
import { tableName, type Table } from './table';

const CORE: readonly UsedTable[] = ['organization', 'service', 'location'];

/** Which ORUK table a CSV or sheet is, from its name ("service_at_location.csv", "Schedules"), 3.0 or older. */
function orukTableName(table: Table): { used: UsedTable } | { unused: string } | null {
  const base = (table.sheetName ?? table.fileName).toLowerCase().replace(/^.*[\\/]/, '').replace(/\.(csv|xlsx|txt)$/, '').replace(/[\s-]+/g, '_');
  const singular = base.endsWith('addresses') ? base.slice(0, -2) : base.endsWith('ies') ? `${base.slice(0, -3)}y` : base.replace(/s$/, '');
  for (const name of [base, singular]) {
    if ((USED_TABLES as readonly string[]).includes(name)) return { used: name as UsedTable };
    if (TABLE_ALIASES[name]) return { used: TABLE_ALIASES[name] };
    if (UNUSED_TABLES[name]) return { unused: UNUSED_TABLES[name] };
  }
  return null;
}

/**
 * Picks Open Referral UK tables out of the imported tables and reads them as one dataset
 * when a core table (organizations, services or locations, with an `id` column) is among
 * them. Its other tables are read with it or named as not used — never turned into nodes on
 * their own (contacts.csv is people's names). Other tables go through the column mapping.
 */
export function extractOpenReferral(tables: readonly Table[]): { batch: ImportBatch | null; rest: Table[] } {
  const named = tables.map((table) => ({ table, name: orukTableName(table), hasId: table.headers.some((h) => h.trim().toLowerCase() === 'id') }));
  const isOruk = named.some((n) => n.name && 'used' in n.name && CORE.includes(n.name.used) && n.hasId);
  if (!isOruk) return { batch: null, rest: [...tables] };
  const out = emptyTables('');
  const files: string[] = [];
  const warnings: string[] = [];
  const rest: Table[] = [];
  for (const { table, name } of named) {
    if (!name) {
      rest.push(table);
      continue;
    }
    files.push(tableName(table));
    if ('unused' in name) {
      warnings.push(`${tableName(table)}: not used — ${name.unused}.`);
      continue;
    }
    const headers = table.headers.map((h) => h.trim().toLowerCase());
    const rows: OrukRow[] = table.rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
    // Older tables name the organisation's website `url`; 3.0 calls it `website`.
    out[name.used].push(...(name.used === 'organization' ? rows.map((r) => (r.website || !r.url ? r : { ...r, website: r.url })) : rows));
    warnings.push(...(table.notes ?? []));
    if (table.encoding === 'Windows-1252') warnings.push(`${tableName(table)} was read as Windows-1252, as it is not UTF-8.`);
  }
  const batch = orukToBatch({ ...out, fileName: files.join(', ') });
  const used = named.filter((n) => n.name && 'used' in n.name).length;
  const summary = `Read as one Open Referral UK dataset: ${used} table${used === 1 ? '' : 's'} (${files.slice(0, 12).join(', ')}${files.length > 12 ? ', …' : ''}).`;
  return { batch: { ...batch, warnings: [...warnings, ...batch.warnings], summary }, rest };
}

/** Whether parsed JSON is Open Referral UK data: a service, organisation or service-at-location, a list or a page of them. */
export function isOpenReferralJson(raw: unknown): boolean {
  const items = orukItems(raw);
  if (items.length === 0) return typeof raw === 'object' && raw !== null && 'total_items' in raw && ('contents' in raw || 'content' in raw);
  return items.slice(0, 20).some((item) => orukRecordKind(item) !== null);
}

/** Open Referral UK's JSON (its API's records in any of their forms) flattened into its tables, then read. */
export function readOpenReferralJson(fileName: string, raw: unknown): ImportBatch {
  const items = orukItems(raw);
  if (items.length > MAX_ORUK_RECORDS) throw new FileProblem(fileName, `it has more than ${MAX_ORUK_RECORDS.toLocaleString('en-GB')} records. Split it into smaller files.`);
  const collector = new OrukCollector(fileName);
  collector.add(raw);
  const batch = orukToBatch(collector.tables());
  const skipped = items.filter((item) => orukRecordKind(item) === null).length;
  return skipped ? { ...batch, warnings: [`${skipped} record${skipped === 1 ? ' is' : 's are'} not Open Referral services, organisations or locations and ${skipped === 1 ? 'was' : 'were'} left out.`, ...batch.warnings] } : batch;
}
