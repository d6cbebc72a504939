import type { SpaceNode } from '../model';
import { welcomes, type AreaCoverage } from './coverage';
import type { SpaceEvaluation } from './criteria';
import type { AreaTimeGrid } from './timeGrid';

export interface NearMiss {
  readonly spaceId: string;
  readonly areaId: string | null;
  /** The one or two essential criteria it does not yet meet. */
  readonly missing: readonly string[];
  /** Audiences in its area that have no safe space now and would have this one. */
  readonly closesCoverage: readonly string[];
  /** Audiences in its area that rely on one safe space now and would have two. */
  readonly strengthensCoverage: readonly string[];
  /** Time cells in its area with no safe space open now, that this space is open in. */
  readonly closesTime: readonly number[];
  /** Gaps closed: coverage plus time. What near misses are ranked by. */
  readonly gapsClosed: number;
}

/**
 * Spaces one or two essential criteria short of being safe disclosure spaces, ranked by how many
 * coverage and time gaps they would close if they met them (ties: fewer criteria to meet, then
 * the area's need, then more fragile cells strengthened). The exact cells are listed, so a
 * finding can say "Kingsway gains Tuesday evening".
 */
export function nearMisses(
  evaluations: readonly SpaceEvaluation[],
  coverage: readonly AreaCoverage[],
  grids: readonly AreaTimeGrid[],
  spaceById: (id: string) => SpaceNode,
  maxMissing = 2,
): NearMiss[] {
  const coverageByArea = new Map(coverage.map((c) => [c.areaId, c]));
  const gridByArea = new Map(grids.map((g) => [g.areaId, g]));
  const found: (NearMiss & { weight: number })[] = [];
  for (const e of evaluations) {
    if (e.safe || e.missingEssential.length > maxMissing) continue;
    const space = spaceById(e.spaceId);
    const area = e.areaId ? coverageByArea.get(e.areaId) : undefined;
    const grid = e.areaId ? gridByArea.get(e.areaId) : undefined;
    const closesCoverage = area?.cells.filter((c) => c.status === 'gap' && welcomes(space, c.audienceId)).map((c) => c.audienceId) ?? [];
    const strengthensCoverage = area?.cells.filter((c) => c.status === 'fragile' && welcomes(space, c.audienceId)).map((c) => c.audienceId) ?? [];
    const gapSet = new Set(grid?.gaps ?? []);
    const closesTime = area ? e.openCells.filter((c) => gapSet.has(c)) : [];
    found.push({
      spaceId: e.spaceId,
      areaId: area ? e.areaId : null,
      missing: e.missingEssential,
      closesCoverage,
      strengthensCoverage,
      closesTime,
      gapsClosed: closesCoverage.length + closesTime.length,
      weight: area?.needWeight ?? 0.5,
    });
  }
  found.sort(
    (a, b) =>
      b.gapsClosed - a.gapsClosed ||
      a.missing.length - b.missing.length ||
      b.weight - a.weight ||
      b.strengthensCoverage.length - a.strengthensCoverage.length ||
      a.spaceId.localeCompare(b.spaceId),
  );
  return found.map(({ weight: _w, ...miss }) => miss);
}
