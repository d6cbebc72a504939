import type { Criterion, MapMeta, SpaceNode } from '../model';
import type { NetworkIndex } from './networkIndex';
import { onwardRoute, type OnwardRoute } from './onwardRoute';
import { cellsOpen, isOutOfHours } from './timeOfDay';

export interface SpaceEvaluation {
  readonly spaceId: string;
  readonly areaId: string | null;
  /** Ids of every criterion the space meets, hand-ticked and derived, in the map's order. */
  readonly met: readonly string[];
  readonly missingEssential: readonly string[];
  /** Meets every essential criterion: a safe disclosure space. */
  readonly safe: boolean;
  /** Meets every essential criterion other than the onward route (dead ends are found among these). */
  readonly safeApartFromOnwardRoute: boolean;
  readonly onward: OnwardRoute;
  /** The time cells (see timeOfDay.ts) the space is open in. */
  readonly openCells: readonly number[];
  readonly outOfHoursCells: readonly number[];
}

/** Whether a space meets one criterion. Derived criteria are worked out; the rest are ticked. */
export function meetsCriterion(space: SpaceNode, criterion: Criterion, derived: { onward: OnwardRoute; outOfHoursCells: readonly number[] }): boolean {
  if (criterion.derived === 'onwardRoute') return derived.onward.met;
  if (criterion.derived === 'outOfHours') return derived.outOfHoursCells.length > 0;
  return space.criteriaMet.includes(criterion.id);
}

/** Every criterion for one space: which it meets, which essentials it misses, and why. */
export function evaluateSpace(index: NetworkIndex, spaceIndex: number, meta: Pick<MapMeta, 'criteria' | 'helpTopics'>): SpaceEvaluation {
  const space = index.nodes[spaceIndex] as SpaceNode;
  const onward = onwardRoute(index, spaceIndex, meta.helpTopics);
  const openCells = cellsOpen(space.sessions);
  const outOfHoursCells = openCells.filter(isOutOfHours);
  const derived = { onward, outOfHoursCells };
  const met: string[] = [];
  const missingEssential: string[] = [];
  for (const criterion of meta.criteria) {
    if (meetsCriterion(space, criterion, derived)) met.push(criterion.id);
    else if (criterion.essential) missingEssential.push(criterion.id);
  }
  const onwardIds = new Set(meta.criteria.filter((c) => c.derived === 'onwardRoute').map((c) => c.id));
  return {
    spaceId: space.id,
    areaId: space.areaId,
    met,
    missingEssential,
    safe: missingEssential.length === 0,
    safeApartFromOnwardRoute: missingEssential.every((id) => onwardIds.has(id)),
    onward,
    openCells,
    outOfHoursCells,
  };
}

/** Evaluates every space on the map, in the index's node order. */
export function evaluateSpaces(index: NetworkIndex, meta: Pick<MapMeta, 'criteria' | 'helpTopics'>): SpaceEvaluation[] {
  const out: SpaceEvaluation[] = [];
  index.nodes.forEach((node, i) => {
    if (node.kind === 'space') out.push(evaluateSpace(index, i, meta));
  });
  return out;
}
