import { LINK_TYPE_LABELS, NODE_KIND_LABELS, type MapSnapshot } from '../model';
import { customCell, customColumns, type CustomColumn } from './customColumns';
import { kumuFieldsOf } from './kumuTables';
import { xmlText as x } from './xml';

const KIND_COLOURS = { person: [196, 80, 120], organisation: [47, 111, 176], space: [46, 140, 87], project: [197, 122, 30] } as const;

/** Our fields as GEXF node attributes: id and title (the title is what Gephi shows and we read back). */
const NODE_ATTRIBUTES = [
  ['kind', 'Kind'],
  ['tags', 'Tags'],
  ['notes', 'Notes'],
  ['role', 'Role'],
  ['orgType', 'Organisation type'],
  ['area', 'Area'],
  ['website', 'Website'],
  ['contact', 'Contact'],
  ['address', 'Address'],
  ['postcode', 'Postcode'],
] as const;
/** Written even when empty, as the first release did; the rest only when they have a value. */
const ALWAYS = new Set(['kind', 'tags', 'notes']);
const RESERVED_NODE = ['Label', 'X', 'Y', 'Size', 'Colour', ...NODE_ATTRIBUTES.map(([, t]) => t)];
const RESERVED_LINK = ['From', 'To', 'Label', 'Strength', 'Direction', 'Link type', 'Notes'];

const gexfType = (c: CustomColumn) => (c.type === 'number' ? 'double' : c.type === 'yesNo' ? 'boolean' : 'string');
const declare = (id: string, title: string, type = 'string') => `<attribute id="${x(id)}" title="${x(title)}" type="${type}"/>`;
const value = (id: string, v: string | number) => `<attvalue for="${x(id)}" value="${x(String(v))}"/>`;

/**
 * GEXF 1.3, Gephi's own format: nodes with their kind, fields, custom fields and position
 * (y flipped, as Gephi draws up the page), links with their kind, strength as weight and
 * custom fields. Our reader (shared/importers/readGraphFile.ts) brings every one back.
 */
export function mapToGexf(snapshot: MapSnapshot, now = new Date()): string {
  const custom = customColumns(snapshot, { node: RESERVED_NODE, link: RESERVED_LINK });
  const nodeCustomId = (i: number) => `custom-node-${i}`;
  const linkCustomId = (i: number) => `custom-link-${i}`;
  const nodes = snapshot.nodes.map((n) => {
    const [r, g, b] = KIND_COLOURS[n.kind];
    const fields = kumuFieldsOf(snapshot, n);
    const own: Record<(typeof NODE_ATTRIBUTES)[number][0], string> = { kind: NODE_KIND_LABELS[n.kind], tags: n.tags.join(' | '), notes: n.notes, ...fields };
    const values = [
      ...NODE_ATTRIBUTES.filter(([id]) => ALWAYS.has(id) || own[id] !== '').map(([id]) => value(id, own[id])),
      ...custom.node.flatMap((c, i) => (customCell(n, c) === '' ? [] : [value(nodeCustomId(i), customCell(n, c))])),
    ];
    return `      <node id="${x(n.id)}" label="${x(n.name)}">
        <attvalues>${values.join('')}</attvalues>
        <viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${n.x}" y="${-n.y}" z="0"/>
      </node>`;
  });
  const edges = snapshot.links.map((l) => {
    const values = [value('type', l.type), value('notes', l.notes), ...custom.link.flatMap((c, i) => (customCell(l, c) === '' ? [] : [value(linkCustomId(i), customCell(l, c))]))];
    return `      <edge id="${x(l.id)}" source="${x(l.source)}" target="${x(l.target)}" type="${l.directed ? 'directed' : 'undirected'}" weight="${l.strength}" label="${x(LINK_TYPE_LABELS[l.type])}">
        <attvalues>${values.join('')}</attvalues>
      </edge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>Good Help Map</creator><description>${x(snapshot.map.name)}</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      ${[...NODE_ATTRIBUTES.map(([id, title]) => declare(id, title)), ...custom.node.map((c, i) => declare(nodeCustomId(i), c.title, gexfType(c)))].join('')}
    </attributes>
    <attributes class="edge">
      ${[declare('type', 'Link type'), declare('notes', 'Notes'), ...custom.link.map((c, i) => declare(linkCustomId(i), c.title, gexfType(c)))].join('')}
    </attributes>
    <nodes>
${nodes.join('\n')}
    </nodes>
    <edges>
${edges.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}
