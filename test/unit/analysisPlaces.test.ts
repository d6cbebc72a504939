import { describe, expect, it } from 'vitest';
import { runGapAnalysis } from '../../shared/analysis';
import { cellIndex, cellsOpen, describeCells } from '../../shared/analysis/timeOfDay';
import { ALL_SAFE, mapBuilder, session, withHelpDesk } from './analysisFixtures';

/*
 * The map, and the answers worked out by hand:
 * - North (IMD decile 1): N1 is safe (every essential ticked, a warm handover to the help desk,
 *   which offers every core topic), open Monday 09:00–17:00 only, welcoming everyone. So North's
 *   coverage is fragile for every audience, and it has no safe space on any evening or weekend.
 * - N2 in North misses one criterion (someone trained), signposts to the desk, and opens Tuesday
 *   17:30–20:00 and Saturday 10:00–12:00: meeting it would close exactly two time gaps
 *   (Tuesday evening, Saturday morning) and no coverage gap (North has one safe space already).
 * - South (decile 8) has one space, S1, every essential ticked but run by a youth charity that
 *   offers only mental health, with no other links: a dead end for housing, money, substance use
 *   and domestic abuse, so not safe. South therefore has no safe space at all; S1 would close
 *   one coverage gap (young people) and one time gap (Wednesday afternoon).
 */
function placesMap() {
  return withHelpDesk(mapBuilder())
    .node('space', 'N1', { areaId: 'north', criteriaMet: ALL_SAFE, audiences: ['everyone'], sessions: [session(0, '09:00', '17:00')] })
    .node('space', 'N2', { areaId: 'north', criteriaMet: ALL_SAFE.filter((c) => c !== 'trainedPerson'), audiences: ['everyone'], sessions: [session(1, '17:30', '20:00'), session(5, '10:00', '12:00')] })
    .node('space', 'S1', { areaId: 'south', criteriaMet: ALL_SAFE, audiences: ['youngPeople'], sessions: [session(2, '13:00', '16:00')] })
    .node('organisation', 'youth', { helpTopics: ['mentalHealth'], areasServed: ['south'] })
    .link('N1', 'desk', 'refersTo', 'warmHandover')
    .link('N2', 'desk', 'refersTo', 'signposting')
    .link('youth', 'S1', 'runsOrHosts')
    .doc();
}
const NOW = '2026-06-01T12:00:00Z';

describe('time of day', () => {
  it('splits sessions into morning, afternoon and evening, needing half an hour of overlap', () => {
    expect(cellsOpen([session(0, '09:00', '17:00')])).toEqual([cellIndex(0, 'morning'), cellIndex(0, 'afternoon')]);
    expect(cellsOpen([session(1, '16:45', '17:15')])).toEqual([]);
    expect(cellsOpen([session(6, '11:00', '21:00')])).toEqual([18, 19, 20]);
  });

  it('says cells the way people do', () => {
    expect(describeCells([5, 11])).toBe('Tuesday and Thursday evenings');
    expect(describeCells([15, 16, 17, 18, 19, 20])).toBe('all weekend');
    expect(describeCells([0, 1, 3, 4, 6, 7, 9, 10])).toBe('Monday to Thursday mornings and afternoons');
    expect(describeCells([2, 5, 8, 11, 14, 17, 20])).toBe('every evening');
  });
});

describe('criteria, with the two derived ones', () => {
  const analysis = runGapAnalysis(placesMap(), { now: NOW });
  const space = (id: string) => analysis.spaces.find((s) => s.spaceId === id)!;

  it('works out the onward route through links and through the organisation that runs a space', () => {
    expect(space('N1').onward.met).toBe(true);
    expect(space('N1').onward.coreTopics.every((t) => t.mode === 'warmHandover')).toBe(true);
    expect(space('N2').onward.coreTopics.every((t) => t.mode === 'signposting')).toBe(true);
    expect(space('S1').onward.runnerIds).toEqual(['youth']);
    expect(space('S1').onward.coreTopics.find((t) => t.topicId === 'mentalHealth')!.mode).toBe('inHouse');
    expect(space('S1').onward.missingTopicIds).toEqual(['housing', 'money', 'substanceUse', 'domesticAbuse']);
  });

  it('works out out-of-hours from sessions', () => {
    expect(space('N1').outOfHoursCells).toEqual([]);
    expect(space('N2').outOfHoursCells).toEqual([cellIndex(1, 'evening'), cellIndex(5, 'morning')]);
    expect(space('N2').met).toContain('outOfHours');
  });

  it('counts a space safe only when it meets every essential, derived ones included', () => {
    expect(analysis.spaces.filter((s) => s.safe).map((s) => s.spaceId)).toEqual(['N1']);
    expect(space('N2').missingEssential).toEqual(['trainedPerson']);
    expect(space('S1').missingEssential).toEqual(['onwardRoute']);
  });

  it('does not count a referral into the space as a route out of it', () => {
    const doc = withHelpDesk(mapBuilder()).node('space', 'X', { areaId: 'north', criteriaMet: ALL_SAFE }).link('desk', 'X', 'refersTo', 'warmHandover').doc();
    expect(runGapAnalysis(doc, { now: NOW }).spaces[0]!.onward.met).toBe(false);
  });
});

describe('coverage, time, near misses and dead ends', () => {
  const analysis = runGapAnalysis(placesMap(), { now: NOW });

  it('counts safe spaces per area and audience, weighted by need', () => {
    const [north, south] = analysis.coverage;
    expect(north!.cells.every((c) => c.status === 'fragile' && c.spaceIds.join() === 'N1')).toBe(true);
    expect(south!.cells.every((c) => c.status === 'gap')).toBe(true);
    expect(north!.needWeight).toBe(1);
    expect(south!.needWeight).toBeCloseTo(0.3);
    // Ten audiences: North 10 fragile × ½ × 1.0; South 10 gaps × 1 × 0.3.
    expect(north!.priority).toBeCloseTo(5);
    expect(south!.priority).toBeCloseTo(3);
    expect(north!.spacesPer10k).toBe(1);
  });

  it('finds an area with no evening cover', () => {
    const north = analysis.timeGrids[0]!;
    expect(north.cells[cellIndex(0, 'morning')]).toEqual(['N1']);
    expect(north.gaps).toHaveLength(19);
    for (let d = 0; d < 7; d++) expect(north.gaps).toContain(cellIndex(d, 'evening'));
    const text = analysis.findings.find((f) => f.id === 'time:north')!.text;
    expect(text).toBe('No safe space in North is open on any evening or at the weekend. Safe spaces are open only Monday morning and afternoon.');
  });

  it('ranks a space one criterion short that would close two gaps, naming the exact cells', () => {
    expect(analysis.nearMisses.map((m) => m.spaceId)).toEqual(['N2', 'S1']);
    const n2 = analysis.nearMisses[0]!;
    expect(n2.missing).toEqual(['trainedPerson']);
    expect(n2.closesTime).toEqual([cellIndex(1, 'evening'), cellIndex(5, 'morning')]);
    expect(n2.closesCoverage).toEqual([]);
    expect(n2.gapsClosed).toBe(2);
    expect(n2.strengthensCoverage).toHaveLength(10);
    const s1 = analysis.nearMisses[1]!;
    expect(s1.closesCoverage).toEqual(['youngPeople']);
    expect(s1.closesTime).toEqual([cellIndex(2, 'afternoon')]);
    expect(analysis.findings.find((f) => f.id === 'nearMiss:N2')!.text).toBe(
      'N2 is one step away: it needs “Someone trained in Good Help or trauma-informed practice present”. Then North gains a safe space open Tuesday evening and Saturday morning.',
    );
  });

  it('finds the dead end, naming what it does reach and how', () => {
    expect(analysis.deadEnds.map((d) => [d.spaceId, d.missingTopicIds])).toEqual([['S1', ['housing', 'money', 'substanceUse', 'domesticAbuse']]]);
    const f = analysis.findings.find((x) => x.kind === 'deadEnd')!;
    expect(f.text).toBe('A disclosure at S1 about housing, money & debt, substance use or domestic abuse can lead nowhere: it links on only for mental health (youth, which runs it).');
    expect(f.nodeIds).toEqual(['S1', 'youth']);
  });

  it('tells warm handovers from signposting', () => {
    const doc = withHelpDesk(mapBuilder())
      .node('organisation', 'warm', { helpTopics: ['housing'] })
      .node('space', 'X', { areaId: 'north', criteriaMet: ALL_SAFE, audiences: ['everyone'] })
      .link('X', 'desk', 'refersTo', 'signposting')
      .link('X', 'warm', 'refersTo', 'warmHandover')
      .doc();
    const result = runGapAnalysis(doc, { now: NOW });
    expect(result.deadEnds[0]!.missingTopicIds).toEqual([]);
    expect(result.deadEnds[0]!.signpostedTopicIds).toEqual(['money', 'mentalHealth', 'substanceUse', 'domesticAbuse']);
    expect(result.findings.find((f) => f.kind === 'signposting')!.text).toMatch(/^At X, help with money & debt, mental health, substance use and domestic abuse is signposted only \(to desk\)/);
  });

  it('leads with strengths and writes every finding in plain English', () => {
    expect(analysis.findings[0]!.kind).toBe('strength');
    expect(analysis.findings.find((f) => f.id === 'coverage:south')!.text).toBe('South (IMD decile 8) has no safe disclosure space yet.');
    expect(analysis.findings.find((f) => f.id === 'coverage:north')!.text).toMatch(/^North, one of the most deprived areas \(IMD decile 1, 10,000 people\), relies on one safe disclosure space, N1/);
    for (const f of analysis.findings) expect(f.text).not.toMatch(/undefined|NaN|\[object/);
  });
});
