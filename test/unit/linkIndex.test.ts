import { describe, expect, it } from 'vitest';
import { createLink, createNode, type MapNode } from '../../shared/model';
import { LinkIndex } from '../../renderer/canvas/linkIndex';

const node = (id: string, x: number, y: number) => createNode('space', { id, mapId: 'm', name: id, x, y });
const link = (id: string, source: string, target: string) => createLink({ id, mapId: 'm', source, target, type: 'refersTo' });

describe('link index', () => {
  const nodes: Record<string, MapNode> = Object.fromEntries(
    [node('a', 0, 0), node('b', 300, 0), node('c', 5000, 5000), node('d', 5300, 5000), node('left', -3000, 400), node('right', 3000, 400), node('far', 90_000, 90_000)].map((n) => [n.id, n]),
  );
  const links = [link('ab', 'a', 'b'), link('cd', 'c', 'd'), link('across', 'left', 'right'), link('long', 'a', 'far')];
  const ids = (found: { id: string }[]) => found.map((l) => l.id).sort();

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
    expect(index.near({ x: -5000, y: -5000, width: 10_000, height: 10_000 }).map((l) => l.id)).toEqual(['ab']);
  });
});
