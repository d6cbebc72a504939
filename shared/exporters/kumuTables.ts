import { LINK_TYPE_LABELS, NODE_KIND_LABELS, type MapSnapshot } from '../model';

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

/**
 * A map in Kumu's spreadsheet layout: an Elements sheet and a Connections sheet, with IDs so
 * that links survive repeated names and re-importing updates rather than duplicates. Columns
 * Kumu does not know become custom fields there and come back here.
 */
export function mapToKumuTables(snapshot: MapSnapshot): [PlainTable, PlainTable] {
  const areaName = new Map(snapshot.map.areas.map((a) => [a.id, a.name]));
  const areas = (ids: readonly string[]) => many(ids.map((id) => areaName.get(id)).filter((n): n is string => Boolean(n)));
  const elements = snapshot.nodes.map((n) => [
    n.id,
    n.name,
    NODE_KIND_LABELS[n.kind],
    n.notes,
    many(n.tags),
    n.kind === 'person' ? n.role : '',
    n.kind === 'organisation' ? n.orgType : '',
    n.kind === 'space' ? areas(n.areaId ? [n.areaId] : []) : n.kind === 'organisation' ? areas(n.areasServed) : '',
    n.kind === 'organisation' ? n.website : '',
    n.kind === 'person' || n.kind === 'organisation' ? n.contact : '',
    n.kind === 'space' ? n.address : '',
    n.kind === 'space' ? n.postcode : '',
    n.x,
    n.y,
  ]);
  const connections = snapshot.links.map((l) => [l.id, l.source, l.target, LINK_TYPE_LABELS[l.type], l.notes, l.strength, l.directed ? 'directed' : 'mutual']);
  return [
    { name: 'Elements', headers: KUMU_ELEMENT_HEADERS, rows: elements },
    { name: 'Connections', headers: KUMU_CONNECTION_HEADERS, rows: connections },
  ];
}
