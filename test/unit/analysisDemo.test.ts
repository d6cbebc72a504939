import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGapAnalysis } from '../../shared/analysis';
import { cellIndex } from '../../shared/analysis/timeOfDay';
import { documentFromSnapshot } from '../../shared/editing';
import { mapSnapshotSchema } from '../../shared/model';

/** The demo map was built with gaps on purpose (scripts/demoMapContent.ts): the analysis must find them all. */
const doc = documentFromSnapshot(mapSnapshotSchema.parse(JSON.parse(readFileSync(new URL('../../assets/demo-map.json', import.meta.url), 'utf8'))));
const analysis = runGapAnalysis(doc, { now: '2026-09-15T12:00:00Z' });
const id = (name: string) => Object.values(doc.nodes).find((n) => n.name === name)!.id;
const name = (nodeId: string) => doc.nodes[nodeId]!.name;
const texts = (kind: string) => analysis.findings.filter((f) => f.kind === kind).map((f) => f.text);

describe('the gap analysis of the demo map', () => {
  it('leads with strengths', () => {
    expect(analysis.findings[0]!.kind).toBe('strength');
    expect(analysis.findings[0]!.text).toMatch(/^Northgate is rich in safe spaces \(Northgate Community Centre and St Aidan's Church Hall\)/);
  });

  it('finds Riverside with no safe space and Kingsway relying on one, open weekday afternoons only', () => {
    expect(analysis.coverage.find((c) => c.areaId === 'riverside')!.safeSpaceIds).toEqual([]);
    expect(analysis.coverage.find((c) => c.areaId === 'kingsway')!.safeSpaceIds.map(name)).toEqual(['Kingsway Youth Hub']);
    const [first, second] = texts('coverage');
    expect(first).toMatch(/^Riverside, one of the most deprived areas \(IMD decile 2, 11,800 people\), has no safe disclosure space yet\.$/);
    expect(second).toMatch(/^Kingsway .* relies on one safe disclosure space, Kingsway Youth Hub/);
    expect(texts('time')).toContain('No safe space in Kingsway is open on any evening or at the weekend. Safe spaces are open only Monday, Wednesday and Friday afternoons.');
  });

  it('finds the near misses, one criterion short, with what each would bring', () => {
    const misses = new Map(analysis.nearMisses.map((m) => [name(m.spaceId), m]));
    expect(misses.get('Northgate Library')!.missing).toEqual(['trainedPerson']);
    expect(misses.get('Northgate Library')!.closesTime).toEqual(expect.arrayContaining([cellIndex(1, 'evening'), cellIndex(3, 'evening')]));
    expect(misses.get('Kingsway Baptist Hall')!.missing).toEqual(['trainedPerson']);
    expect(misses.get('Kingsway Baptist Hall')!.closesTime).toEqual([cellIndex(1, 'evening'), cellIndex(5, 'morning')]);
    expect(misses.get('Riverside Wellbeing Hub')!.missing).toEqual(['openAccess']);
    // The Riverside hub would give the neediest area its first safe space: it ranks first.
    expect(name(analysis.nearMisses[0]!.spaceId)).toBe('Riverside Wellbeing Hub');
    expect(texts('nearMiss')).toContain('Kingsway Baptist Hall is one step away: it needs “Someone trained in Good Help or trauma-informed practice present”. Then Kingsway gains its first safe space open to everyone and a safe space open Tuesday evening and Saturday morning.');
  });

  it('finds the dead end: the recovery café links on only for substance use', () => {
    expect(analysis.deadEnds.filter((d) => d.missingTopicIds.length).map((d) => name(d.spaceId))).toEqual(['Old Town Recovery Café']);
    expect(texts('deadEnd')).toEqual([
      'A disclosure at Old Town Recovery Café about housing, money & debt, mental health or domestic abuse can lead nowhere: it links on only for substance use (a warm handover to Pathways Recovery Service).',
    ]);
  });

  it('finds who is unconnected: two isolated groups, a cut-off trio, a group on one broker and one on a single link', () => {
    const net = analysis.network;
    expect(net.isolated.map((i) => name(i.nodeId)).sort()).toEqual(["Kingsway Men's Shed", 'Polish Saturday School']);
    expect(net.cutOff.map((g) => g.nodeIds.map(name).sort())).toEqual([['Riverside Allotment Group', 'Riverside Allotment Hut', 'Volunteer coordinator – allotments']]);
    expect(net.hangingOnBroker.find((g) => g.brokerId === id('Community champion – Northgate Estate'))!.nodeIds.map(name).sort()).toEqual(["Estate volunteer – residents’ group", "Northgate Estate Residents' Group"]);
    expect(net.hangingOnLink.map((g) => g.nodeIds.map(name).sort())).toContainEqual(["Kingsway Carers' Circle", "Peer supporter – carers' circle"]);
    const shed = analysis.findings.find((f) => f.id === `isolated:${id("Kingsway Men's Shed")}`)!;
    expect(shed.introductions.length).toBeGreaterThan(0);
    expect(shed.introductions.every((i) => /loneliness/.test(i.text))).toBe(true);
  });

  it('flags details not checked for over a year, oldest first', () => {
    expect(name(analysis.stale.stale[0]!.nodeId)).toBe('Old Town Library');
    expect(analysis.stale.stale.every((s) => s.ageMonths! >= 12)).toBe(true);
    expect(runGapAnalysis(doc, { now: '2026-09-15', staleAfterMonths: 24 }).stale.stale.map((s) => name(s.nodeId))).toEqual(['Old Town Library', "Riverside Tenants' Association"]);
  });

  it('names only nodes that exist, in every finding', () => {
    for (const f of analysis.findings) for (const n of f.nodeIds) expect(doc.nodes[n]).toBeDefined();
  });
});
