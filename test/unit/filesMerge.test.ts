import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, documentFromSnapshot, runCommand } from '../../shared/editing';
import { planMerge } from '../../shared/files/planMerge';
import { createLink, createMapMeta, createNode, type MapSnapshot } from '../../shared/model';
import { mapArb } from './filesArbitraries';

function mine(): MapSnapshot {
  const mapId = 'mine';
  const map = { ...createMapMeta('Mine', new Date(), mapId), areas: [{ id: 'a-k', name: 'Kirkholt' }] };
  const hub = { ...createNode('space', { id: 'hub', mapId, name: 'Kirkholt Hub', x: 0, y: 0 }), areaId: 'a-k' };
  const bank = createNode('organisation', { id: 'bank', mapId, name: 'Food Bank', x: 400, y: 0 });
  return { format: 'good-help-map', schemaVersion: 1, map, nodes: [hub, bank], links: [createLink({ id: 'l1', mapId, source: 'bank', target: 'hub', type: 'runsOrHosts' })] };
}

function theirs(): MapSnapshot {
  const mapId = 'theirs';
  const map = { ...createMapMeta('Theirs', new Date(), mapId), areas: [{ id: 'x-k', name: 'kirkholt' }, { id: 'x-b', name: 'Belfield' }] };
  const hub = { ...createNode('space', { id: 'other-hub-id', mapId, name: 'Kirkholt hub', x: 900, y: 900 }), areaId: 'x-k', postcode: 'OL11 2QA' };
  const library = { ...createNode('space', { id: 'lib', mapId, name: 'Belfield Library', x: 0, y: 0 }), areaId: 'x-b' };
  const bank = createNode('organisation', { id: 'bank', mapId, name: 'Food Bank', x: 5, y: 5 });
  return {
    format: 'good-help-map',
    schemaVersion: 1,
    map,
    nodes: [hub, library, bank],
    links: [createLink({ id: 'x1', mapId, source: 'bank', target: 'other-hub-id', type: 'runsOrHosts' }), createLink({ id: 'x2', mapId, source: 'bank', target: 'lib', type: 'runsOrHosts' })],
  };
}

describe('merging a map file into the open map', () => {
  it('matches by id then kind and name, keeps positions, adds new things and areas, and says what changes', () => {
    const doc = documentFromSnapshot(mine());
    const plan = planMerge(doc, theirs());
    expect(plan.addedNodes).toEqual(['Belfield Library']);
    expect(plan.changedNodes).toEqual([{ name: 'Kirkholt Hub', fields: ['name', 'postcode'] }]);
    expect(plan.unchanged).toBe(2);
    expect(plan.addedLinks).toBe(1);
    const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: 'Merge' } });
    if (!outcome.ok) throw new Error(outcome.error);
    const after = applyPatch(doc, outcome.patch);
    expect(after.nodes.hub).toMatchObject({ x: 0, y: 0, postcode: 'OL11 2QA', areaId: 'a-k' });
    expect(after.meta.areas.map((a) => a.name)).toEqual(['Kirkholt', 'Belfield']);
    const library = Object.values(after.nodes).find((n) => n.name === 'Belfield Library')!;
    expect(library.kind === 'space' && after.meta.areas.find((a) => a.id === library.areaId)?.name).toBe('Belfield');
    expect(Object.values(after.links).filter((l) => l.target === library.id)).toHaveLength(1);
  });

  it('merging a map into itself changes nothing; into an empty map copies it (property)', () => {
    fc.assert(
      fc.property(mapArb, (snapshot) => {
        const doc = documentFromSnapshot(snapshot);
        const same = planMerge(doc, snapshot);
        expect(same.nodes).toEqual([]);
        expect(same.links).toEqual([]);
        const empty = documentFromSnapshot({ map: createMapMeta('Empty', new Date(), 'empty'), nodes: [], links: [] });
        const copy = planMerge(empty, snapshot);
        expect(copy.addedNodes.length).toBe(snapshot.nodes.length);
        const outcome = runCommand(empty, { type: 'importRecords', args: { nodes: copy.nodes, links: copy.links, ...(copy.meta ? { meta: copy.meta } : {}), label: 'Merge' } });
        if (snapshot.nodes.length) expect(outcome.ok).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
