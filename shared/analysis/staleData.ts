import type { MapNode } from '../model';

export interface StaleNode {
  readonly nodeId: string;
  readonly lastChecked: string | null;
  /** Whole months since the details were last checked; null when never checked. */
  readonly ageMonths: number | null;
}

export interface StaleData {
  readonly afterMonths: number;
  /** Checked longer ago than `afterMonths`, oldest first. */
  readonly stale: readonly StaleNode[];
  /** Never checked at all. */
  readonly neverChecked: readonly StaleNode[];
}

/** Whole months from an ISO date (yyyy-mm-dd) to `now`, counting a month only once it has passed. */
export function monthsSince(isoDate: string, now: Date): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m) - (now.getUTCDate() < d ? 1 : 0);
}

/**
 * Nodes whose details were last checked `afterMonths` or more months ago (a year by default),
 * so a map that has gone stale says so rather than misleading people.
 */
export function staleData(nodes: readonly MapNode[], now: Date, afterMonths = 12): StaleData {
  const stale: StaleNode[] = [];
  const neverChecked: StaleNode[] = [];
  for (const node of nodes) {
    if (!node.lastChecked) {
      neverChecked.push({ nodeId: node.id, lastChecked: null, ageMonths: null });
      continue;
    }
    const ageMonths = monthsSince(node.lastChecked, now);
    if (ageMonths >= afterMonths) stale.push({ nodeId: node.id, lastChecked: node.lastChecked, ageMonths });
  }
  stale.sort((a, b) => b.ageMonths! - a.ageMonths! || a.nodeId.localeCompare(b.nodeId));
  return { afterMonths, stale, neverChecked };
}
