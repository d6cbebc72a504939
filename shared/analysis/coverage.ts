import type { Area, Audience, SpaceNode } from '../model';
import type { SpaceEvaluation } from './criteria';

/** The audience id that means "open to everyone": such a space counts for every audience. */
export const EVERYONE_AUDIENCE_ID = 'everyone';

export type CoverageStatus = 'gap' | 'fragile' | 'covered';

export interface CoverageCell {
  readonly areaId: string;
  readonly audienceId: string;
  /** Safe disclosure spaces in the area that welcome this audience. */
  readonly spaceIds: readonly string[];
  readonly status: CoverageStatus;
}

export interface AreaCoverage {
  readonly areaId: string;
  readonly safeSpaceIds: readonly string[];
  /** 1 for the most deprived tenth (IMD decile 1) down to 0.1 for the least; null when not given. */
  readonly needWeight: number | null;
  readonly spacesPer10k: number | null;
  readonly cells: readonly CoverageCell[];
  /** How much this area's gaps matter: gaps count 1, fragile cells ½, times the need weight (½ when unknown). */
  readonly priority: number;
}

/** An area's need as a weight: IMD decile 1 (most deprived) weighs 1.0, decile 10 weighs 0.1. */
export function needWeight(area: Pick<Area, 'imdDecile'>): number | null {
  return area.imdDecile === undefined ? null : (11 - area.imdDecile) / 10;
}

export function statusOf(count: number): CoverageStatus {
  return count === 0 ? 'gap' : count === 1 ? 'fragile' : 'covered';
}

export function welcomes(space: Pick<SpaceNode, 'audiences'>, audienceId: string): boolean {
  return space.audiences.includes(audienceId) || space.audiences.includes(EVERYONE_AUDIENCE_ID);
}

/**
 * Coverage per area × audience: how many safe disclosure spaces each has. None is a gap, one is
 * fragile (it closes, and there is nowhere). Areas are ordered as the map lists them.
 */
export function coverageByArea(
  areas: readonly Area[],
  audiences: readonly Audience[],
  evaluations: readonly SpaceEvaluation[],
  spaceById: (id: string) => SpaceNode,
): AreaCoverage[] {
  return areas.map((area) => {
    const safe = evaluations.filter((e) => e.safe && e.areaId === area.id).map((e) => spaceById(e.spaceId));
    const cells = audiences.map((audience): CoverageCell => {
      const spaceIds = safe.filter((s) => welcomes(s, audience.id)).map((s) => s.id);
      return { areaId: area.id, audienceId: audience.id, spaceIds, status: statusOf(spaceIds.length) };
    });
    const weight = needWeight(area);
    const raw = cells.reduce((sum, c) => sum + (c.status === 'gap' ? 1 : c.status === 'fragile' ? 0.5 : 0), 0);
    return {
      areaId: area.id,
      safeSpaceIds: safe.map((s) => s.id),
      needWeight: weight,
      spacesPer10k: area.population ? (safe.length / area.population) * 10_000 : null,
      cells,
      priority: raw * (weight ?? 0.5),
    };
  });
}
