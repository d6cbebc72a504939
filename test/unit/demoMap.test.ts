import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoMap } from '../../scripts/buildDemoMap';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { checkSnapshotIntegrity, mapSnapshotSchema, type MapSnapshot } from '../../shared/model';

const FILE = new URL('../../assets/demo-map.json', import.meta.url);
if (process.env.WRITE_DEMO === '1') writeFileSync(FILE, `${JSON.stringify(buildDemoMap(), null, 2)}\n`);
const demo: MapSnapshot = mapSnapshotSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));

const ESSENTIAL_TICKED = demo.map.criteria.filter((c) => c.essential && !c.derived).map((c) => c.id);
const isSafe = (criteriaMet: readonly string[]) => ESSENTIAL_TICKED.every((c) => criteriaMet.includes(c));
const spaces = demo.nodes.flatMap((n) => (n.kind === 'space' ? [n] : []));

function components(snapshot: MapSnapshot): string[][] {
  const parent = new Map(snapshot.nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  for (const l of snapshot.links) parent.set(find(l.source), find(l.target));
  const groups = new Map<string, string[]>();
  for (const n of snapshot.nodes) groups.set(find(n.id), [...(groups.get(find(n.id)) ?? []), n.name]);
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

describe('the demo map', () => {
  it('is exactly what its generator builds, valid and whole', () => {
    expect(demo).toEqual(buildDemoMap());
    expect(checkSnapshotIntegrity(demo)).toEqual([]);
  });

  it('has about sixty nodes of every kind, the eight project types and four areas', () => {
    expect(demo.nodes.length).toBeGreaterThanOrEqual(55);
    expect(demo.nodes.length).toBeLessThanOrEqual(70);
    const kinds = new Set(demo.nodes.map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['organisation', 'person', 'project', 'space']);
    expect(demo.nodes.filter((n) => n.kind === 'project')).toHaveLength(8);
    expect(demo.map.areas.map((a) => a.name)).toEqual(['Northgate', 'Riverside', 'Kingsway', 'Old Town']);
    const areaIds = new Set(demo.map.areas.map((a) => a.id));
    for (const space of spaces) {
      expect(areaIds.has(space.areaId ?? '')).toBe(true);
      expect(space.sessions.length).toBeGreaterThan(0);
    }
  });

  it('has the gaps it was built with', () => {
    const safeByArea = new Map<string, string[]>();
    for (const s of spaces.filter((x) => isSafe(x.criteriaMet))) safeByArea.set(s.areaId!, [...(safeByArea.get(s.areaId!) ?? []), s.name]);
    expect(safeByArea.get('riverside')).toBeUndefined();
    expect(safeByArea.get('kingsway')).toEqual(['Kingsway Youth Hub']);
    expect(safeByArea.get('northgate')?.length).toBeGreaterThanOrEqual(2);
    // Kingsway's only safe space is open on weekday afternoons only.
    const youthHub = spaces.find((s) => s.name === 'Kingsway Youth Hub')!;
    expect(youthHub.sessions.every((s) => s.day < 5 && s.end <= '17:00')).toBe(true);
    // Near misses: one essential criterion short.
    const oneShort = spaces.filter((s) => ESSENTIAL_TICKED.filter((c) => !s.criteriaMet.includes(c)).length === 1).map((s) => s.name);
    expect(oneShort).toEqual(expect.arrayContaining(['Northgate Library', 'Kingsway Baptist Hall', 'Riverside Wellbeing Hub']));
    // Derived criteria are never ticked by hand.
    expect(spaces.some((s) => s.criteriaMet.includes('onwardRoute') || s.criteriaMet.includes('outOfHours'))).toBe(false);
  });

  it('has unconnected groups: isolated nodes, a cut-off trio, and the main network', () => {
    const groups = components(demo);
    expect(groups[0]!.length).toBeGreaterThan(50);
    expect(groups.filter((g) => g.length === 1).flat().sort()).toEqual(["Kingsway Men's Shed", 'Polish Saturday School']);
    expect(groups.find((g) => g.length === 3)?.sort()).toEqual(['Riverside Allotment Group', 'Riverside Allotment Hut', 'Volunteer coordinator – allotments']);
    // Without the estate's community champion, the residents' group is cut off.
    const champion = demo.nodes.find((n) => n.name === 'Community champion – Northgate Estate')!;
    const without = { ...demo, nodes: demo.nodes.filter((n) => n !== champion), links: demo.links.filter((l) => l.source !== champion.id && l.target !== champion.id) };
    expect(components(without).find((g) => g.includes("Northgate Estate Residents' Group"))?.length).toBe(2);
  });

  it('lays nodes out without overlaps', () => {
    const overlaps: string[] = [];
    for (let i = 0; i < demo.nodes.length; i++) {
      for (let j = i + 1; j < demo.nodes.length; j++) {
        const a = demo.nodes[i]!;
        const b = demo.nodes[j]!;
        if (Math.abs(a.x - b.x) < NODE_WIDTH + 16 && Math.abs(a.y - b.y) < NODE_HEIGHT + 16) overlaps.push(`${a.name} / ${b.name}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('records people by role, never by personal name, and marks one as sensitive', () => {
    const people = demo.nodes.flatMap((n) => (n.kind === 'person' ? [n] : []));
    const roleWords = /advocate|champion|worker|assistant|leader|coordinator|mentor|volunteer|adviser|officer|supporter/i;
    for (const p of people) expect(p.name).toMatch(roleWords);
    expect(people.filter((p) => p.sensitive)).toHaveLength(1);
  });
});
