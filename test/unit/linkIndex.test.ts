import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/editing';
import { createLink, createNode, type MapNode } from '../../shared/model';
import { LinkEndsCache, LinkIndex } from '../../renderer/canvas/linkIndex';
import { linkGeometry } from '../../renderer/canvas/linkDraw';

const node = (id: string, x: number, y: number) => createNode('space', { id, mapId: 'm', name: id, x, y });
const link = (id: string, source: string, target: string) => createLink({ id, mapId: 'm', source, target, type: 'refersTo' });

describe('link index', () => {
  const nodes: Record<string, MapNode> = Object.fromEntries(
    [node('a', 0, 0), node('b', 300, 0), node('c', 5000, 5000), node('d', 5300, 5000), node('left', -3000, 400), node('right', 3000, 400), node('far', 90_000, 90_000)].map((n) => [n.id, n]),
  );
  const links = [link('ab', 'a', 'b'), link('cd', 'c', 'd'), link('across', 'left', 'right'), link('long', 'a', 'far')];
  const ids = (found: number[]) => found.map((i) => links[i]!.id).sort();

  it('finds the links near a view, including one crossing it with both ends off screen and a very long one, each once', () => {
    const index = new LinkIndex(nodes, links);
    expect(ids(index.near({ x: -100, y: -100, width: 800, height: 600 }))).toEqual(['ab', 'across', 'long']);
    expect(ids(index.near({ x: 4900, y: 4900, width: 800, height: 400 }))).toEqual(['cd', 'long']);
    expect(ids(index.near({ x: -1e6, y: -1e6, width: 2e6, height: 2e6 }))).toEqual(['ab', 'across', 'cd', 'long']);
  });

  it('also finds every link of a node being dragged, wherever it was indexed', () => {
    const index = new LinkIndex(nodes, links);
    const view = { x: 4900, y: 4900, width: 800, height: 400 };
    expect(ids(index.near(view, new Map([['b', { x: 5100, y: 5100 }]])))).toEqual(['ab', 'cd', 'long']);
  });
});

describe('link index zoomed out', () => {
  it('finds only the links in view when the view spans more cells than hold links', () => {
    const nodes: Record<string, MapNode> = Object.fromEntries([node('a', 0, 0), node('b', 300, 0), node('c', 6000, 0), node('d', 6300, 0)].map((n) => [n.id, n]));
    const index = new LinkIndex(nodes, [link('ab', 'a', 'b'), link('cd', 'c', 'd')]);
    expect(index.near({ x: -5000, y: -5000, width: 10_000, height: 10_000 })).toEqual([0]);
  });
});

describe('link ends cache', () => {
  it('gives the same ends as working them out afresh, and a dragged node’s links from where it is dragged', () => {
    const nodes: Record<string, MapNode> = Object.fromEntries([node('a', 0, 0), node('b', 300, 0), node('c', 300, 400)].map((n) => [n.id, n]));
    const links = [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('ax', 'a', 'gone')];
    const doc = { nodes, links: Object.fromEntries(links.map((l) => [l.id, l])) } as unknown as MapDocument;
    const boxOf = (id: string) => (id === 'b' ? { width: 40, height: 40 } : null);
    const cache = new LinkEndsCache(doc, new LinkIndex(nodes, links), boxOf);
    const fresh = linkGeometry(doc, links, boxOf);
    expect(Array.from(cache.geometry([0, 1, 2]).ends)).toEqual(Array.from(fresh.ends));
    // Asked again (from the cache), in another order.
    expect(Array.from(cache.geometry([1, 0]).ends)).toEqual([...fresh.ends.slice(4, 8), ...fresh.ends.slice(0, 4)]);
    const moved = new Map([['c', { x: 900, y: 400 }]]);
    expect(Array.from(cache.geometry([1], moved).ends)).toEqual(Array.from(linkGeometry(doc, [links[1]!], boxOf, moved).ends));
    // The drag is not kept: without it, the link is back where the map has it.
    expect(Array.from(cache.geometry([1]).ends)).toEqual(Array.from(fresh.ends.slice(4, 8)));
  });
});
