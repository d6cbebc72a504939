import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import karateClub from 'graphology-generators/social/karate-club';
import { describe, expect, it } from 'vitest';
import { pairGraphView } from '../../shared/network/pairGraphView';
import { seededRandom } from '../../shared/network/seededRandom';

/** The Graph the view stands in for: the same pairs merged into a graphology UndirectedGraph. */
function builtGraph(count: number, pairs: readonly number[]) {
  const graph = new UndirectedGraph();
  for (let i = 0; i < count; i++) graph.addNode(String(i));
  for (let k = 0; k + 1 < pairs.length; k += 2) if (pairs[k] !== pairs[k + 1]) graph.mergeEdge(String(pairs[k]), String(pairs[k + 1]));
  return graph;
}

/** A clustered map's links, with repeats (both ways round) and self-loops thrown in. */
function clusteredPairs(count: number, links: number, seed: number): number[] {
  const random = seededRandom(seed);
  const pairs: number[] = [];
  const clusters = Math.max(2, Math.round(count / 40));
  for (let k = 0; k < links; k++) {
    const a = Math.floor(random() * count);
    const b = random() < 0.85 ? (a + clusters * (1 + Math.floor(random() * 5))) % count : Math.floor(random() * count);
    pairs.push(a, random() < 0.02 ? a : b);
    if (random() < 0.05) pairs.push(b, a);
  }
  return pairs;
}

function karatePairs(): { count: number; pairs: number[] } {
  const club = karateClub(UndirectedGraph);
  const pairs: number[] = [];
  club.forEachEdge((_e, _a, s, t) => pairs.push(Number(s), Number(t)));
  return { count: club.order, pairs };
}

describe('pairGraphView', () => {
  const cases = [
    { name: "Zachary's karate club", ...karatePairs() },
    { name: 'a clustered map of 600 nodes', count: 600, pairs: clusteredPairs(600, 1500, 3) },
    { name: 'a clustered map of 3,000 nodes', count: 3000, pairs: clusteredPairs(3000, 7500, 9) },
  ];

  for (const { name, count, pairs } of cases) {
    it(`gives graphology's Louvain exactly the partition a built Graph gives, on ${name}`, () => {
      const graph = builtGraph(count, pairs);
      const view = pairGraphView(count, pairs);
      expect(view.order).toBe(graph.order);
      expect(view.size).toBe(graph.size);
      for (const seed of [1, 2, 3]) {
        const fromGraph = louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: null });
        const fromView = louvain.detailed(view, { rng: seededRandom(seed), getEdgeWeight: null });
        expect(fromView.communities).toEqual(fromGraph.communities);
        expect(fromView.modularity).toBe(fromGraph.modularity);
      }
    });
  }

  it('lists links once, in first-seen order, without self-loops, and knows each degree', () => {
    const view = pairGraphView(4, [0, 1, 1, 0, 2, 2, 1, 2, 3, 1]);
    const seen: string[] = [];
    view.forEachEdge((_e, _a, s, t) => seen.push(`${s}-${t}`));
    expect(seen).toEqual(['0-1', '1-2', '3-1']);
    expect([0, 1, 2, 3].map((i) => view.undirectedDegreeWithoutSelfLoops(String(i)))).toEqual([1, 3, 1, 1]);
    expect(() => view.undirectedDegreeWithoutSelfLoops('9')).toThrow(/No node 9/);
  });

  it('refuses to be changed', () => {
    const view = pairGraphView(2, [0, 1]);
    expect(() => view.dropNode('0')).toThrow(/read-only/);
    expect(() => view.setNodeAttribute('0', 'x', 1)).toThrow(/read-only/);
  });
});
