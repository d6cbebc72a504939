import type { LinkType, NodeKind } from '../model';
import type { Table } from './table';

/** What a table holds: things on the map, or the links between them. */
export type TableRole = 'elements' | 'connections' | 'ignore';

export const ELEMENT_FIELDS = ['name', 'kind', 'id', 'description', 'tags', 'area', 'role', 'orgType', 'website', 'contact', 'address', 'postcode', 'x', 'y'] as const;
export type ElementField = (typeof ELEMENT_FIELDS)[number];
export const CONNECTION_FIELDS = ['from', 'to', 'type', 'id', 'description', 'strength', 'direction'] as const;
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

export const FIELD_LABELS: Record<ElementField | ConnectionField, string> = {
  name: 'Name',
  kind: 'Kind (person, organisation, space, project)',
  id: 'ID',
  description: 'Description or notes',
  tags: 'Tags',
  area: 'Area or neighbourhood',
  role: 'Role (people)',
  orgType: 'Type of organisation',
  website: 'Website',
  contact: 'Contact details',
  address: 'Address',
  postcode: 'Postcode',
  x: 'Position across (X)',
  y: 'Position down (Y)',
  from: 'From',
  to: 'To',
  type: 'Kind of link',
  strength: 'Strength',
  direction: 'Direction',
};

/** Column index for each field (absent = not imported). */
export type ColumnMapping<F extends string> = Partial<Record<F, number>>;

export interface TablePlan {
  readonly table: Table;
  readonly role: TableRole;
  readonly elements: ColumnMapping<ElementField>;
  readonly connections: ColumnMapping<ConnectionField>;
  /** Kind for rows whose kind column is empty or not recognised. */
  readonly defaultKind: 'person' | 'organisation' | 'space' | 'project';
  /** The user's choice of kind for each value of the kind column ("Food bank" → organisation). */
  readonly kindValues?: Readonly<Record<string, NodeKind>>;
  /** The user's choice of link type for each value of the type column ("+" → partners with). */
  readonly typeValues?: Readonly<Record<string, LinkType>>;
  /** Keep the columns that are none of ours as custom fields (the default), or leave them out. */
  readonly keepOtherColumns?: boolean;
}

const SYNONYMS: Record<ElementField | ConnectionField, readonly string[]> = {
  name: ['label', 'name', 'title', 'organisation name', 'organization name', 'service name', 'group name', 'element'],
  kind: ['type', 'element type', 'kind', 'category'],
  // Stable ids match before names on re-import: Kumu's ID, an ORUK id, a charity number or an org-id (GB-CHC-…).
  id: ['id', 'identifier', 'ref', 'reference', 'key', 'kumu id', 'org id', 'orgid', 'organisation identifier', 'organization identifier', 'charity number', 'registered charity number', 'charity no', 'charity registration number', 'company number'],
  description: ['description', 'notes', 'note', 'summary', 'about', 'details'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
  area: ['area', 'neighbourhood', 'neighborhood', 'ward', 'locality', 'township', 'area served', 'areas served'],
  role: ['role', 'job title', 'position held'],
  orgType: ['organisation type', 'organization type', 'org type', 'sector'],
  website: ['website', 'url', 'web', 'link', 'site'],
  contact: ['contact', 'email', 'phone', 'telephone', 'contact details'],
  address: ['address', 'street', 'address 1', 'address line 1'],
  postcode: ['postcode', 'post code', 'postal code', 'zip'],
  x: ['x', 'position x', 'x position'],
  y: ['y', 'position y', 'y position'],
  from: ['from', 'source', 'start'],
  to: ['to', 'target', 'end'],
  type: ['type', 'connection type', 'kind', 'relationship', 'link type'],
  strength: ['strength', 'weight'],
  direction: ['direction', 'directed'],
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function findColumn(headers: readonly string[], field: ElementField | ConnectionField, taken: Set<number>): number | undefined {
  const names = SYNONYMS[field];
  for (const name of names) {
    const index = headers.findIndex((h, i) => !taken.has(i) && norm(h) === name);
    if (index >= 0) return index;
  }
  return undefined;
}

function suggest<F extends ElementField | ConnectionField>(headers: readonly string[], fields: readonly F[]): ColumnMapping<F> {
  const taken = new Set<number>();
  const mapping: ColumnMapping<F> = {};
  for (const field of fields) {
    const index = findColumn(headers, field, taken);
    if (index !== undefined) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/**
 * A first guess at what a table is and which column is which: Kumu's own headings are
 * recognised exactly, other spreadsheets by common names. The user checks it in the preview.
 */
export function suggestPlan(table: Table): TablePlan {
  const connections = suggest(table.headers, CONNECTION_FIELDS);
  const elements = suggest(table.headers, ELEMENT_FIELDS);
  const sheet = norm(table.sheetName ?? table.fileName);
  const looksLikeConnections = connections.from !== undefined && connections.to !== undefined;
  const role: TableRole =
    looksLikeConnections && !/element/.test(sheet) ? 'connections' : elements.name !== undefined || table.headers.length > 0 ? 'elements' : 'ignore';
  return { table, role, elements, connections, defaultKind: 'organisation' };
}

/** Whether a plan has what it needs to import. */
export function planIsComplete(plan: TablePlan): string | null {
  if (plan.role === 'elements' && plan.elements.name === undefined) return 'Choose which column holds the names.';
  if (plan.role === 'connections' && (plan.connections.from === undefined || plan.connections.to === undefined)) {
    return 'Choose which columns hold where each link starts (From) and ends (To).';
  }
  return null;
}
