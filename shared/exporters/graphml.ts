import { NODE_KIND_LABELS, type MapSnapshot } from '../model';
import { customCell, customColumns, type CustomColumn } from './customColumns';
import { kumuFieldsOf } from './kumuTables';
import { xmlText as x } from './xml';

/** Our node fields as GraphML keys: key id and attr.name (what other tools show and we read back). */
const NODE_KEYS = [
  ['kind', 'kind'],
  ['tags', 'tags'],
  ['notes', 'notes'],
  ['role', 'role'],
  ['orgType', 'organisation type'],
  ['area', 'area'],
  ['website', 'website'],
  ['contact', 'contact'],
  ['address', 'address'],
  ['postcode', 'postcode'],
] as const;
const ALWAYS = new Set(['kind', 'tags', 'notes']);
const RESERVED_NODE = ['label', 'x', 'y', 'size', 'color', ...NODE_KEYS.map(([, name]) => name)];
const RESERVED_LINK = ['type', 'weight', 'notes', 'directed'];

const graphmlType = (c: CustomColumn) => (c.type === 'number' ? 'double' : c.type === 'yesNo' ? 'boolean' : 'string');

/** GraphML: opens in Gephi, yEd, Cytoscape, NetworkX and igraph. Custom fields become keys of their own. */
export function mapToGraphml(snapshot: MapSnapshot): string {
  const custom = customColumns(snapshot, { node: RESERVED_NODE, link: RESERVED_LINK });
  const data = (key: string, value: string | number) => `<data key="${key}">${x(String(value))}</data>`;
  const customData = (record: MapSnapshot['nodes'][number] | MapSnapshot['links'][number], columns: CustomColumn[], prefix: string) =>
    columns.map((c, i) => (customCell(record, c) === '' ? '' : data(`${prefix}${i}`, customCell(record, c)))).join('');
  const nodes = snapshot.nodes.map((n) => {
    const own: Record<(typeof NODE_KEYS)[number][0], string> = { kind: NODE_KIND_LABELS[n.kind], tags: n.tags.join(' | '), notes: n.notes, ...kumuFieldsOf(snapshot, n) };
    const fields = NODE_KEYS.filter(([id]) => ALWAYS.has(id) || own[id] !== '').map(([id]) => data(id, own[id])).join('');
    return `    <node id="${x(n.id)}">${data('label', n.name)}${fields}${data('x', n.x)}${data('y', n.y)}${customData(n, custom.node, 'customNode')}</node>`;
  });
  const edges = snapshot.links.map(
    (l) => `    <edge id="${x(l.id)}" source="${x(l.source)}" target="${x(l.target)}" directed="${l.directed}">${data('type', l.type)}${data('weight', l.strength)}${data('linkNotes', l.notes)}${customData(l, custom.link, 'customLink')}</edge>`,
  );
  const key = (id: string, on: 'node' | 'edge', name: string, type: string) => `  <key id="${id}" for="${on}" attr.name="${x(name)}" attr.type="${type}"/>`;
  const keys = [
    key('label', 'node', 'label', 'string'),
    ...NODE_KEYS.map(([id, name]) => key(id, 'node', name, 'string')),
    key('x', 'node', 'x', 'double'),
    key('y', 'node', 'y', 'double'),
    ...custom.node.map((c, i) => key(`customNode${i}`, 'node', c.title, graphmlType(c))),
    key('type', 'edge', 'type', 'string'),
    key('weight', 'edge', 'weight', 'double'),
    key('linkNotes', 'edge', 'notes', 'string'),
    ...custom.link.map((c, i) => key(`customLink${i}`, 'edge', c.title, graphmlType(c))),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keys.join('\n')}
  <graph id="${x(snapshot.map.id)}" edgedefault="directed">
${nodes.join('\n')}
${edges.join('\n')}
  </graph>
</graphml>
`;
}
