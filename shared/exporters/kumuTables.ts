import { LINK_TYPE_LABELS, NODE_KIND_LABELS, type MapNode, type MapSnapshot } from '../model';
import { customCell, customColumns } from './customColumns';

export interface PlainTable {
  readonly name: 'Elements' | 'Connections';
  readonly headers: readonly string[];
  /** Strings, or numbers for positions and strengths. */
  readonly rows: readonly (readonly (string | number)[])[];
}

export const KUMU_ELEMENT_HEADERS = ['ID', 'Label', 'Type', 'Description', 'Tags', 'Role', 'Organisation type', 'Area', 'Website', 'Contact', 'Address', 'Postcode', 'X', 'Y'] as const;
export const KUMU_CONNECTION_HEADERS = ['ID', 'From', 'To', 'Type', 'Description', 'Strength', 'Direction'] as const;

/** `|` separates values in a Kumu cell, so a value must not contain one. */
const one = (value: string) => value.replace(/\|/g, '/');
const many = (values: readonly string[]) => values.map(one).join(' | ');

/** The fields only some kinds have, as text ('' where a kind has no such field). */
const areaNames = new WeakMap<MapSnapshot['map'], Map<string, string>>();

export function kumuFieldsOf(snapshot: Pick<MapSnapshot, 'map'>, n: MapNode) {
  let areaName = areaNames.get(snapshot.map);
  if (!areaName) areaNames.set(snapshot.map, (areaName = new Map(snapshot.map.areas.map((a) => [a.id, a.name]))));
  const areas = (ids: readonly string[]) => many(ids.map((id) => areaName!.get(id)).filter((name): name is string => Boolean(name)));
  return {
    role: n.kind === 'person' ? n.role : '',
    orgType: n.kind === 'organisation' ? n.orgType : '',
    area: n.kind === 'space' ? areas(n.areaId ? [n.areaId] : []) : n.kind === 'organisation' ? areas(n.areasServed) : '',
    website: n.kind === 'organisation' ? n.website : '',
    contact: n.kind === 'person' || n.kind === 'organisation' ? n.contact : '',
    address: n.kind === 'space' ? n.address : '',
    postcode: n.kind === 'space' ? n.postcode : '',
  };
}

/**
 * A map in Kumu's spreadsheet layout: an Elements sheet and a Connections sheet, with IDs so
 * that links survive repeated names and re-importing updates rather than duplicates. Columns
 * Kumu does not know become custom fields there and come back here.
 */
export function mapToKumuTables(snapshot: MapSnapshot): [PlainTable, PlainTable] {
  const custom = customColumns(snapshot, { node: KUMU_ELEMENT_HEADERS, link: KUMU_CONNECTION_HEADERS });
  const elements = snapshot.nodes.map((n) => {
    const f = kumuFieldsOf(snapshot, n);
    return [n.id, n.name, NODE_KIND_LABELS[n.kind], n.notes, many(n.tags), f.role, f.orgType, f.area, f.website, f.contact, f.address, f.postcode, n.x, n.y, ...custom.node.map((c) => customCell(n, c))];
  });
  const connections = snapshot.links.map((l) => [l.id, l.source, l.target, LINK_TYPE_LABELS[l.type], l.notes, l.strength, l.directed ? 'directed' : 'mutual', ...custom.link.map((c) => customCell(l, c))]);
  return [
    { name: 'Elements', headers: [...KUMU_ELEMENT_HEADERS, ...custom.node.map((c) => c.title)], rows: elements },
    { name: 'Connections', headers: [...KUMU_CONNECTION_HEADERS, ...custom.link.map((c) => c.title)], rows: connections },
  ];
}
