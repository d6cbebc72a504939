import type { Area, MapNode } from '../model';
import type { SpaceEvaluation } from './criteria';

export type StrengthMeasure = 'safeSpaces' | 'outOfHours' | 'advocates' | 'skills' | 'organisations' | 'warmHandovers';
export const STRENGTH_MEASURES: readonly StrengthMeasure[] = ['safeSpaces', 'outOfHours', 'advocates', 'skills', 'organisations', 'warmHandovers'];
/** What an area's safe spaces provide: never "rich" while it relies on one space. */
const FROM_SAFE_SPACES: readonly StrengthMeasure[] = ['safeSpaces', 'outOfHours', 'warmHandovers'];

export interface AreaStrengths {
  readonly areaId: string;
  readonly safeSpaceIds: readonly string[];
  /** Safe spaces open evenings or weekends. */
  readonly outOfHoursSpaceIds: readonly string[];
  readonly advocateIds: readonly string[];
  /** Distinct skills people in the area offer, with who offers them. */
  readonly skills: readonly { readonly skill: string; readonly personIds: readonly string[] }[];
  readonly organisationIds: readonly string[];
  /** Core topics the area's safe spaces can hand someone over for warmly. */
  readonly warmHandoverTopicIds: readonly string[];
  /**
   * Measures where the area is above the average of all areas, with at least two of the
   * thing: one of something is not riches. Nor is anything its safe spaces give when it has
   * only one safe space, which the coverage findings call fragile: if it closes, there is nowhere.
   */
  readonly richIn: readonly StrengthMeasure[];
  readonly counts: Readonly<Record<StrengthMeasure, number>>;
}

/**
 * What each area is rich in — safe spaces, out-of-hours cover, Good Help advocates, skills,
 * organisations, warm handovers — shown before any gap, so the map starts from what is there.
 */
export function strengthsByArea(
  areas: readonly Area[],
  nodes: readonly MapNode[],
  areasOf: readonly (readonly string[])[],
  evaluations: readonly SpaceEvaluation[],
): AreaStrengths[] {
  // One pass over the nodes, filing each under every area it belongs to.
  const byArea = new Map(areas.map((a) => [a.id, { advocateIds: [] as string[], skills: new Map<string, string[]>(), organisationIds: [] as string[] }]));
  nodes.forEach((node, i) => {
    for (const areaId of areasOf[i]!) {
      const bucket = byArea.get(areaId);
      if (!bucket) continue;
      if (node.kind === 'organisation') bucket.organisationIds.push(node.id);
      if (node.kind !== 'person') continue;
      if (node.isAdvocate) bucket.advocateIds.push(node.id);
      for (const skill of node.skills) {
        // Skills typed differently ("Listening", "listening") count as one.
        const key = skill.trim().toLowerCase();
        const entry = bucket.skills.get(key) ?? [skill.trim()];
        entry.push(node.id);
        bucket.skills.set(key, entry);
      }
    }
  });
  const safeByArea = new Map<string, SpaceEvaluation[]>();
  for (const e of evaluations) if (e.safe && e.areaId) safeByArea.set(e.areaId, [...(safeByArea.get(e.areaId) ?? []), e]);
  const raw = areas.map((area) => {
    const safe = safeByArea.get(area.id) ?? [];
    const bucket = byArea.get(area.id)!;
    const warm = new Set<string>();
    for (const e of safe) for (const t of e.onward.coreTopics) if (t.mode === 'warmHandover' || t.mode === 'inHouse') warm.add(t.topicId);
    return {
      areaId: area.id,
      safeSpaceIds: safe.map((e) => e.spaceId),
      outOfHoursSpaceIds: safe.filter((e) => e.outOfHoursCells.length > 0).map((e) => e.spaceId),
      advocateIds: bucket.advocateIds,
      skills: [...bucket.skills.values()].map(([skill, ...personIds]) => ({ skill: skill!, personIds })),
      organisationIds: bucket.organisationIds,
      warmHandoverTopicIds: [...warm],
    };
  });
  const counts = raw.map((r) => ({
    safeSpaces: r.safeSpaceIds.length,
    outOfHours: r.outOfHoursSpaceIds.length,
    advocates: r.advocateIds.length,
    skills: r.skills.length,
    organisations: r.organisationIds.length,
    warmHandovers: r.warmHandoverTopicIds.length,
  }));
  const mean = (m: StrengthMeasure) => counts.reduce((s, c) => s + c[m], 0) / Math.max(1, counts.length);
  return raw.map((r, i) => {
    const c = counts[i]!;
    const richIn = STRENGTH_MEASURES.filter((m) => c[m] >= 2 && c[m] > mean(m) && !(FROM_SAFE_SPACES.includes(m) && c.safeSpaces < 2));
    return { ...r, counts: c, richIn };
  });
}
