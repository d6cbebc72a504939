import type { MapDocument } from '../editing/mapDocument';
import type { MilestoneId } from '../model';

/**
 * What the map itself can count towards each milestone: every project on it, the people
 * marked as Good Help advocates, and the people recorded as having been to an event. People
 * are counted as individuals, so someone at three events counts once, as the seeds' "400
 * different professionals" asks.
 */
export function mapCounts(doc: MapDocument): Record<MilestoneId, number> {
  let projects = 0;
  let advocates = 0;
  let professionals = 0;
  for (const node of Object.values(doc.nodes)) {
    if (node.kind === 'project') projects += 1;
    else if (node.kind === 'person') {
      if (node.isAdvocate) advocates += 1;
      if (node.eventsAttended.length > 0) professionals += 1;
    }
  }
  return { projects, professionals, advocates };
}
