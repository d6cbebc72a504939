import { LINK_TYPE_LABELS, NODE_KIND_LABELS, type MapSnapshot } from '../model';
import { xmlText as x } from './xml';

const KIND_COLOURS = { person: [196, 80, 120], organisation: [47, 111, 176], space: [46, 140, 87], project: [197, 122, 30] } as const;

/**
 * GEXF 1.3, Gephi's own format: nodes with their kind, tags and position (y flipped, as Gephi
 * draws up the page), links with their kind and strength as weight.
 */
export function mapToGexf(snapshot: MapSnapshot, now = new Date()): string {
  const nodes = snapshot.nodes.map((n) => {
    const [r, g, b] = KIND_COLOURS[n.kind];
    return `      <node id="${x(n.id)}" label="${x(n.name)}">
        <attvalues><attvalue for="kind" value="${x(NODE_KIND_LABELS[n.kind])}"/><attvalue for="tags" value="${x(n.tags.join(' | '))}"/><attvalue for="notes" value="${x(n.notes)}"/></attvalues>
        <viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${n.x}" y="${-n.y}" z="0"/>
      </node>`;
  });
  const edges = snapshot.links.map(
    (l) => `      <edge id="${x(l.id)}" source="${x(l.source)}" target="${x(l.target)}" type="${l.directed ? 'directed' : 'undirected'}" weight="${l.strength}" label="${x(LINK_TYPE_LABELS[l.type])}">
        <attvalues><attvalue for="type" value="${x(l.type)}"/><attvalue for="notes" value="${x(l.notes)}"/></attvalues>
      </edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>Good Help Map</creator><description>${x(snapshot.map.name)}</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="kind" title="Kind" type="string"/><attribute id="tags" title="Tags" type="string"/><attribute id="notes" title="Notes" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="Link type" type="string"/><attribute id="notes" title="Notes" type="string"/>
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
