import type { Area } from '../model';
import type { SpaceEvaluation } from './criteria';
import { CELL_COUNT } from './timeOfDay';

export interface AreaTimeGrid {
  readonly areaId: string;
  /** 21 cells (see timeOfDay.ts): the safe disclosure spaces open in each. */
  readonly cells: readonly (readonly string[])[];
  /** Cells with no safe space open: the gaps. */
  readonly gaps: readonly number[];
}

/** For each area, which safe spaces are open in each part of each day of the week. */
export function timeGrids(areas: readonly Area[], evaluations: readonly SpaceEvaluation[]): AreaTimeGrid[] {
  return areas.map((area) => {
    const cells: string[][] = Array.from({ length: CELL_COUNT }, () => []);
    for (const e of evaluations) {
      if (!e.safe || e.areaId !== area.id) continue;
      for (const c of e.openCells) cells[c]!.push(e.spaceId);
    }
    const gaps = cells.flatMap((ids, c) => (ids.length === 0 ? [c] : []));
    return { areaId: area.id, cells, gaps };
  });
}
