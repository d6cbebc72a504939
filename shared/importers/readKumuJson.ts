import { z } from 'zod';
import { FileProblem } from '../files/fileProblem';
import type { ImportBatch } from './importBatch';
import { toTable } from './readCsv';
import type { Table } from './table';

const idText = z.union([z.string(), z.number()]).transform(String).pipe(z.string().max(100));
const attributes = z.record(z.string(), z.unknown());
const position = z.object({ x: z.number().finite(), y: z.number().finite() });
const kumuSchema = z.object({
  elements: z.array(z.looseObject({ _id: idText.optional(), id: idText.optional(), attributes: attributes.optional() })).max(200_000).default([]),
  connections: z
    .array(z.looseObject({ _id: idText.optional(), id: idText.optional(), from: idText, to: idText, attributes: attributes.optional(), direction: z.string().max(40).optional(), reversed: z.boolean().optional() }))
    .max(1_000_000)
    .default([]),
  maps: z
    .array(
      z.looseObject({
        _id: idText.optional(),
        name: z.string().max(500).optional(),
        default: z.boolean().optional(),
        elements: z.array(z.looseObject({ element: idText, position: position.optional() })).max(200_000).default([]),
      }),
    )
    .max(100)
    .default([]),
  defaultMap: idText.optional(),
  project: z.looseObject({ defaultMap: idText.optional() }).optional(),
});
type KumuProject = z.infer<typeof kumuSchema>;

/** Whether parsed JSON is Kumu's export (elements and connections), not one of our files. */
export function isKumuJson(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && ('elements' in raw || 'connections' in raw) && !('format' in raw);
}

/** Keys that are the record's own structure, not one of its fields. */
const ELEMENT_KEYS = new Set(['_id', 'id', 'attributes']);
const CONNECTION_KEYS = new Set(['_id', 'id', 'from', 'to', 'direction', 'attributes', 'reversed']);

/**
 * Kumu's JSON — a project export (elements and connections with their `attributes`, and
 * maps holding positions) or a hand-written blueprint (fields at the top of each record) — as
 * an Elements and a Connections table, so the preview maps element types to our kinds and
 * keeps every other field as a custom field, like a Kumu spreadsheet. Every connection is a
 * row of its own: duplicates between the same pair stay separate links. Positions come from
 * the project's default map, and, for elements it does not place, from the first map that does.
 */
export function readKumuJson(fileName: string, raw: unknown): { tables: Table[]; batch: ImportBatch } {
  const parsed = kumuSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [list, index, ...rest] = issue.path.map(String);
    const record = list && index && /^\d+$/.test(index) ? `${list.replace(/s$/, '')} ${Number(index) + 1}` : undefined;
    throw new FileProblem(fileName, `${issue.message}.`, { ...(record ? { record } : {}), ...(rest.length ? { field: rest.join('.') } : {}) });
  }
  const project = parsed.data;
  const { positions, warnings } = positionsOf(fileName, project);
  const elementFields = project.elements.map((e) => fieldsOf(e, ELEMENT_KEYS));
  const elementColumns = columnsOf(elementFields, ['id', 'x', 'y']);
  const elementRows = project.elements.map((e, i) => {
    const id = e._id ?? e.id ?? '';
    const at = positions.get(id);
    return [id, ...elementColumns.map((c) => cellOf(elementFields[i]![c.key])), at ? String(at.x) : '', at ? String(at.y) : ''];
  });
  const connectionFields = project.connections.map((c) => fieldsOf(c, CONNECTION_KEYS));
  const connectionColumns = columnsOf(connectionFields, ['id', 'from', 'to', 'direction']);
  const connectionRows = project.connections.map((c, i) => {
    // Kumu draws a "reversed" connection from its `to` end.
    const [from, to] = c.reversed ? [c.to, c.from] : [c.from, c.to];
    return [c._id ?? c.id ?? '', from, to, c.direction ?? cellOf(connectionFields[i]!.direction), ...connectionColumns.map((col) => cellOf(connectionFields[i]![col.key]))];
  });
  const tables: Table[] = [];
  if (elementRows.length) tables.push(toTable(fileName, 'Elements', [['ID', ...elementColumns.map((c) => c.header), 'X', 'Y'], ...elementRows], { fromSpreadsheet: false }));
  if (connectionRows.length) tables.push(toTable(fileName, 'Connections', [['ID', 'From', 'To', 'Direction', ...connectionColumns.map((c) => c.header)], ...connectionRows], { fromSpreadsheet: false }));
  if (tables.length === 0) throw new FileProblem(fileName, 'this Kumu file has no elements and no connections.');
  return { tables, batch: { elements: [], connections: [], warnings } };
}

/** A record's fields: its `attributes` (a project export) or its own keys (a blueprint). */
function fieldsOf(record: Record<string, unknown>, structural: Set<string>): Record<string, unknown> {
  // Kumu writes `"delayed": false` on every connection: only a delayed one says anything.
  const own = Object.fromEntries(Object.entries(record).filter(([k, v]) => !structural.has(k) && v !== null && v !== undefined && !(k === 'delayed' && v === false)));
  const attrs = record.attributes;
  return typeof attrs === 'object' && attrs !== null ? { ...own, ...(attrs as Record<string, unknown>) } : own;
}

/** Every field name, first seen first; one that clashes with a column of ours is renamed. */
function columnsOf(records: readonly Record<string, unknown>[], reserved: readonly string[]): { key: string; header: string }[] {
  const seen = new Map<string, string>();
  const taken = new Set(reserved);
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (seen.has(key) || key === 'direction') continue;
      let header = key;
      while (taken.has(header.toLowerCase())) header = `${header} (Kumu)`;
      taken.add(header.toLowerCase());
      seen.set(key, header);
    }
  }
  return [...seen].map(([key, header]) => ({ key, header }));
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellOf).filter(Boolean).join(' | ');
  if (typeof value === 'object') return '';
  return String(value);
}

function positionsOf(fileName: string, project: KumuProject): { positions: Map<string, { x: number; y: number }>; warnings: string[] } {
  const defaultId = project.defaultMap ?? project.project?.defaultMap;
  const defaultMap = project.maps.find((m) => m.default === true) ?? project.maps.find((m) => defaultId !== undefined && m._id === defaultId) ?? project.maps[0];
  const positions = new Map<string, { x: number; y: number }>();
  const place = (map: KumuProject['maps'][number]) => {
    let count = 0;
    for (const e of map.elements) {
      if (!e.position || positions.has(e.element)) continue;
      positions.set(e.element, e.position);
      count++;
    }
    return count;
  };
  const warnings: string[] = [];
  if (!defaultMap) return { positions, warnings };
  const fromDefault = place(defaultMap);
  let fromOthers = 0;
  for (const map of project.maps) if (map !== defaultMap) fromOthers += place(map);
  const name = defaultMap.name ? `“${defaultMap.name.slice(0, 60)}”` : 'the first map';
  if (project.maps.length > 1) {
    warnings.push(
      `${fileName}: positions come from ${name}, the project's default map (${fromDefault} element${fromDefault === 1 ? '' : 's'})${fromOthers ? `; ${fromOthers} element${fromOthers === 1 ? '' : 's'} placed only on other maps take their places from those` : ''}.`,
    );
  }
  const unplaced = project.elements.filter((e) => !positions.has(e._id ?? e.id ?? '')).length;
  if (unplaced) warnings.push(`${fileName}: ${unplaced} element${unplaced === 1 ? ' is' : 's are'} on no map, so ${unplaced === 1 ? 'it is' : 'they are'} placed next to what ${unplaced === 1 ? 'it links' : 'they link'} to.`);
  return { positions, warnings };
}
