import { it } from 'vitest';
import type { MapDocument } from '../shared/editing';
import { computeConnectedness, computeLens, sameNetwork } from '../shared/lens';
import { STANDARD_LENS, createLink, createMapMeta, createNode, type Lens, type MapLink, type MapNode } from '../shared/model';

/** A map of `n` nodes and `m` random links, tags and areas, from a fixed seed. */
function generatedMap(n: number, m: number): MapDocument {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const meta = { ...createMapMeta('Bench', new Date('2026-01-01T00:00:00Z'), 'bench'), areas: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Area ${id}` })) };
  const kinds = ['person', 'organisation', 'space', 'project'] as const;
  const nodes: Record<string, MapNode> = {};
  for (let i = 0; i < n; i++) {
    const node = createNode(kinds[i % 4]!, { id: `n${i}`, mapId: 'bench', name: `Node ${i}`, x: (i % 80) * 240, y: Math.floor(i / 80) * 90 });
    nodes[node.id] = { ...node, tags: [`tag ${Math.floor(random() * 12)}`], ...(node.kind === 'space' ? { areaId: 'abcd'[i % 4]! } : {}) } as MapNode;
  }
  const links: Record<string, MapLink> = {};
  for (let k = 0; k < m; k++) {
    const s = Math.floor(random() * n);
    let t = Math.floor(random() * n);
    if (t === s) t = (t + 1) % n;
    links[`l${k}`] = createLink({ id: `l${k}`, mapId: 'bench', source: `n${s}`, target: `n${t}`, type: 'knows' });
  }
  return { meta, nodes, links };
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

// Prints figures only; `npm run bench` runs it. Never a timed assertion.
it('lenses on generated maps', () => {
  console.log('Lenses (Node, one core)');
  for (const [n, m] of [
    [2000, 6000],
    [5000, 15000],
  ] as const) {
    const doc = generatedMap(n, m);
    const [network, networkMs] = time(() => computeConnectedness(doc));
    const lenses: [string, Lens][] = [
      ['kind (standard)', STANDARD_LENS],
      ['tag, filtered', { ...STANDARD_LENS, colour: 'tag', filter: { field: 'kind', hide: ['person'], mode: 'hide' } }],
      ['community, sized by brokerage', { ...STANDARD_LENS, colour: 'community', size: 'betweenness' }],
    ];
    console.log(`\n  ${n} nodes, ${m} links`);
    console.log(`    network measures (degree, betweenness, Louvain)  ${networkMs.toFixed(0).padStart(5)} ms — once per change to nodes or links, debounced`);
    for (const [name, lens] of lenses) {
      const [, ms] = time(() => computeLens(doc, lens, { network, areasOf: new Map() }));
      console.log(`    colours and legend: ${name.padEnd(30)} ${ms.toFixed(1).padStart(6)} ms — per edit`);
    }
    const moved = { ...doc, nodes: { ...doc.nodes, n0: { ...doc.nodes.n0!, x: 5 } } };
    const [, checkMs] = time(() => sameNetwork(doc, moved));
    console.log(`    "is this drag a network change?"                 ${checkMs.toFixed(2).padStart(6)} ms — per drag frame`);
  }
});
