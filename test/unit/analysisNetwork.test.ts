import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runGapAnalysis } from '../../shared/analysis';
import { connectedComponents } from '../../shared/analysis/components';
import { cutPoints } from '../../shared/analysis/cutPoints';
import { buildNetworkIndex } from '../../shared/analysis/networkIndex';
import type { MapDocument } from '../../shared/editing';
import { mapBuilder } from './analysisFixtures';

/*
 * The map, and the answers worked out by hand:
 *   A–B–C–A, A–G–B and A–H–G: a solid core.  C–D: the only link to D's group.  D–E, D–F, E–F: a group
 *   that reaches the rest only through D (a broker).  X–Y: a pair cut off.  Z: nobody.
 * So: components {A,B,C,G,H,D,E,F}, {X,Y}, {Z}; one bridge with a group behind it (C–D, cutting
 * off D, E and F); brokers C (whose piece hangs on the C–D bridge, so it is reported as that
 * link, not again) and D (holding E and F, by two links).
 */
function networkMap(): MapDocument {
  const b = mapBuilder();
  for (const id of ['A', 'B', 'C', 'G', 'D', 'E', 'F', 'X', 'Y', 'Z']) b.node('person', id, { name: `Person ${id}` });
  b.node('person', 'H', { name: 'Person H' });
  return b
    .link('A', 'B', 'knows').link('B', 'C', 'knows').link('C', 'A', 'knows').link('A', 'G', 'knows').link('G', 'B', 'knows').link('A', 'H', 'knows').link('H', 'G', 'knows')
    .link('C', 'D', 'knows')
    .link('D', 'E', 'knows').link('D', 'F', 'knows').link('E', 'F', 'knows')
    .link('X', 'Y', 'knows')
    .doc();
}

const names = (doc: MapDocument, ids: readonly string[]) => ids.map((id) => doc.nodes[id]!.id).sort();

describe('unconnected groups', () => {
  const doc = networkMap();
  const analysis = runGapAnalysis(doc, { now: '2026-06-01' });
  const net = analysis.network;

  it('finds components, isolated nodes and the cut-off pair', () => {
    expect(net.componentCount).toBe(3);
    expect(net.mainNetworkSize).toBe(8);
    expect(net.isolated.map((i) => i.nodeId)).toEqual(['Z']);
    expect(net.cutOff.map((g) => names(doc, g.nodeIds))).toEqual([['X', 'Y']]);
  });

  it('finds the group hanging on one link and the group hanging on one broker', () => {
    expect(net.hangingOnLink.map((g) => [doc.links[g.linkId]!.source, doc.links[g.linkId]!.target, names(doc, g.nodeIds)])).toEqual([['C', 'D', ['D', 'E', 'F']]]);
    expect(net.hangingOnBroker.map((g) => [g.brokerId, names(doc, g.nodeIds)])).toEqual([['D', ['E', 'F']]]);
    const broker = analysis.findings.find((f) => f.kind === 'hangsOnBroker')!;
    expect(broker.text).toBe('Person E and Person F reach the rest of the network only through Person D.');
    expect(broker.nodeIds).toEqual(['D', 'E', 'F']);
    expect(analysis.findings.find((f) => f.kind === 'hangsOnLink')!.text).toBe('Person D, Person E and Person F all hang on one link, to Person C: if it lapses, they are cut off.');
  });

  it('suggests introductions for each cut-off group, by shared topic and area', () => {
    const d = mapBuilder()
      .node('organisation', 'shed', { name: "Men's Shed", helpTopics: ['loneliness'], areasServed: ['north'] })
      .node('organisation', 'mind', { name: 'Mind', helpTopics: ['loneliness', 'mentalHealth'], areasServed: ['north', 'south'] })
      .node('organisation', 'food', { name: 'Food bank', helpTopics: ['food'], areasServed: ['north'] })
      .node('organisation', 'far', { name: 'Far away', helpTopics: ['legal'], areasServed: ['south'] })
      .link('mind', 'food', 'partnersWith').link('food', 'far', 'partnersWith')
      .doc();
    const result = runGapAnalysis(d, { now: '2026-06-01' });
    const shed = result.network.isolated[0]!;
    expect(shed.nodeId).toBe('shed');
    // Mind shares a topic and an area (3 + 2), the food bank only an area (2), Far away nothing.
    expect(shed.introductions.map((i) => [i.toId, i.linkType])).toEqual([['mind', 'partnersWith'], ['food', 'partnersWith']]);
    expect(result.findings.find((f) => f.kind === 'isolated')!.introductions[0]!.text).toBe("Introduce Men's Shed to Mind (both: help with loneliness; North).");
  });
});

describe('bridges and articulation points (iterative Tarjan)', () => {
  it('handles a 10,000-node chain without recursion', () => {
    // Records cloned from one template: building 20,000 through the schemas takes seconds.
    const template = mapBuilder().node('person', 'n0').link('n0', 'n0x', 'knows').doc();
    const [person, link] = [template.nodes.n0!, Object.values(template.links)[0]!];
    const nodes = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`n${i}`, { ...person, id: `n${i}` }]));
    const links = Object.fromEntries(Array.from({ length: 9_999 }, (_, i) => [`l${i}`, { ...link, id: `l${i}`, source: `n${i}`, target: `n${i + 1}` }]));
    const cuts = cutPoints(buildNetworkIndex({ meta: template.meta, nodes, links }));
    // Link k joins n(k-1) and n(k), cutting k nodes from 10,000 - k: listed when the smaller side
    // has 2 to 500 nodes, so k = 2…500 and 9,500…9,998. Node v splits v from 9,999 - v: v = 2…500
    // and 9,499…9,997.
    expect(cuts.bridges).toHaveLength(998);
    expect(cuts.brokers).toHaveLength(998);
    expect(Math.max(...cuts.bridges.map((b) => b.side.length))).toBe(500);
  });

  it('never calls a doubled link a bridge', () => {
    const doc = mapBuilder().node('person', 'a').node('person', 'b').node('person', 'c').link('a', 'b', 'knows').link('a', 'b', 'worksAt').link('b', 'c', 'knows').doc();
    const cuts = cutPoints(buildNetworkIndex(doc), 1);
    expect(cuts.bridges.map((b) => b.side.map((i) => ['a', 'b', 'c'][i]))).toEqual([['c']]);
  });

  it('agrees with brute force on random small maps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 16 }), (n, pairs) => {
        const b = mapBuilder();
        for (let i = 0; i < n; i++) b.node('person', `p${i}`);
        for (const [x, y] of pairs) if (x < n && y < n && x !== y) b.link(`p${x}`, `p${y}`, 'knows');
        const doc = b.doc();
        const index = buildNetworkIndex(doc);
        const count = (d: MapDocument) => connectedComponents(buildNetworkIndex(d)).members.length;
        const base = count(doc);
        const cuts = cutPoints(index, 1);
        const bridgeIds = cuts.bridges.map((x) => index.links[x.linkIndex]!.id).sort();
        const expectedBridges = Object.keys(doc.links).filter((id) => {
          const { [id]: _gone, ...rest } = doc.links;
          return count({ ...doc, links: rest }) > base;
        });
        expect(bridgeIds).toEqual(expectedBridges.sort());
        const brokerIds = cuts.brokers.map((x) => index.nodes[x.node]!.id).sort();
        const expectedBrokers = Object.keys(doc.nodes).filter((id) => {
          const { [id]: _gone, ...nodes } = doc.nodes;
          const links = Object.fromEntries(Object.entries(doc.links).filter(([, l]) => l.source !== id && l.target !== id));
          return count({ ...doc, nodes, links }) > base;
        });
        expect(brokerIds).toEqual(expectedBrokers.sort());
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
