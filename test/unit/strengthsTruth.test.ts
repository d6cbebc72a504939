import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGapAnalysis } from '../../shared/analysis';
import type { SpaceEvaluation } from '../../shared/analysis/criteria';
import { countFindings } from '../../shared/analysis/findings/finding';
import { strengthsByArea } from '../../shared/analysis/strengths';
import { analysisSummary } from '../../shared/analysis/summary';
import { documentFromSnapshot } from '../../shared/editing';
import { areaGoodHelp } from '../../shared/goodHelp/areaStrengths';
import { mapSnapshotSchema } from '../../shared/model';

const doc = documentFromSnapshot(mapSnapshotSchema.parse(JSON.parse(readFileSync(new URL('../../assets/demo-map.json', import.meta.url), 'utf8'))));
const analysis = runGapAnalysis(doc, { now: '2026-09-15T12:00:00Z' });

/** What a sentence claims riches in that only an area's safe spaces can give. */
const RICH_FROM_SPACES = /rich in[^.]*(safe spaces|evening or weekend cover|warm handovers)/i;

describe('strengths and findings told from the same figures', () => {
  it('never calls an area rich in what its safe spaces give where a finding says it relies on one space', () => {
    const fragile = analysis.findings.filter((f) => f.kind === 'coverage' && /relies on one safe disclosure space/.test(f.text)).map((f) => f.areaId);
    expect(fragile).toEqual(expect.arrayContaining(['kingsway', 'oldTown'].filter((id) => doc.meta.areas.some((a) => a.id === id))));
    expect(fragile.length).toBeGreaterThan(0);
    for (const areaId of fragile) {
      const strength = analysis.findings.find((f) => f.id === `strength:${areaId}`)!;
      expect(strength.text).not.toMatch(RICH_FROM_SPACES);
      // The Strengths dialog's lines come from the same sentence.
      const picture = areaGoodHelp(doc).find((a) => a.areaId === areaId)!;
      for (const line of picture.strengths) expect(line).not.toMatch(RICH_FROM_SPACES);
    }
    const kingsway = analysis.findings.find((f) => f.id === 'strength:kingsway')!;
    expect(kingsway.text).toMatch(/one safe space \(Kingsway Youth Hub\)/);
    expect(kingsway.text).not.toMatch(/safe spaces \(Kingsway Youth Hub\)/);
  });

  it('says "rich" only of two or more, above the average, and counts single things in the singular', () => {
    const areas = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() }));
    const safe = (spaceId: string, areaId: string) =>
      ({ spaceId, areaId, safe: true, outOfHoursCells: [1], onward: { coreTopics: [{ topicId: 'housing', mode: 'warmHandover' }] } }) as unknown as SpaceEvaluation;
    // A has one safe space, B none, C none: one is above the average (⅓) but it is not riches.
    const one = strengthsByArea(areas as never, [], [], [safe('s1', 'a')]);
    expect(one.find((s) => s.areaId === 'a')!.richIn).toEqual([]);
    // With two, A is rich in safe spaces and evening cover; one topic handed over warmly is not riches.
    const two = strengthsByArea(areas as never, [], [], [safe('s1', 'a'), safe('s2', 'a')]);
    expect(two.find((s) => s.areaId === 'a')!.richIn).toEqual(['safeSpaces', 'outOfHours']);
  });

  it('gives the summary the same counts as the sections it sums up', () => {
    const glance = analysisSummary(analysis);
    const nearMiss = analysis.findings.filter((f) => f.kind === 'nearMiss');
    expect(glance.nearlySafe).toBe(countFindings(nearMiss));
    expect(glance.nearlySafe).toBe(analysis.nearMisses.length);
  });
});
