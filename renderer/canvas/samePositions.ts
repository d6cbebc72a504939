import type { Id, MapNode } from '../../shared/model';
import { changedBetween } from '../../shared/sync';

/**
 * Whether two versions of a map's nodes hold the same nodes at the same places: true after a
 * rename or any edit that moves nothing, found from the records the change touched (the
 * reader's changedBetween), not by looking at all 5,000 nodes. False when it cannot tell.
 */
export function samePositions(before: Readonly<Record<Id, MapNode>>, after: Readonly<Record<Id, MapNode>>): boolean {
  if (before === after) return true;
  const ids = changedBetween(before, after);
  if (!ids) return false;
  for (const id of ids) {
    const a = before[id];
    const b = after[id];
    if (!a || !b || a.x !== b.x || a.y !== b.y) return false;
  }
  return true;
}
