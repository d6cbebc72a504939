import { NODE_KIND_LABELS, type MapSnapshot } from '../model';
import { xmlText as x } from './xml';

/** GraphML: opens in Gephi, yEd, Cytoscape, NetworkX and igraph. */
export function mapToGraphml(snapshot: MapSnapshot): string {
  const data = (key: string, value: string | number) => `<data key="${key}">${x(String(value))}</data>`;
  const nodes = snapshot.nodes.map(
    (n) => `    <node id="${x(n.id)}">${data('label', n.name)}${data('kind', NODE_KIND_LABELS[n.kind])}${data('tags', n.tags.join(' | '))}${data('notes', n.notes)}${data('x', n.x)}${data('y', n.y)}</node>`,
  );
  const edges = snapshot.links.map(
    (l) => `    <edge id="${x(l.id)}" source="${x(l.source)}" target="${x(l.target)}" directed="${l.directed}">${data('type', l.type)}${data('weight', l.strength)}${data('linkNotes', l.notes)}</edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="tags" for="node" attr.name="tags" attr.type="string"/>
  <key id="notes" for="node" attr.name="notes" attr.type="string"/>
  <key id="x" for="node" attr.name="x" attr.type="double"/>
  <key id="y" for="node" attr.name="y" attr.type="double"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="linkNotes" for="edge" attr.name="notes" attr.type="string"/>
  <graph id="${x(snapshot.map.id)}" edgedefault="directed">
${nodes.join('\n')}
${edges.join('\n')}
  </graph>
</graphml>
`;
}
