import type { SpaceEvaluation } from './criteria';
import type { TopicRoute } from './onwardRoute';

export interface DeadEnd {
  readonly spaceId: string;
  readonly areaId: string | null;
  /** Core topics a disclosure here cannot be passed on for. */
  readonly missingTopicIds: readonly string[];
  /** Core topics reached only by telling people where to go, with no warm handover or partner. */
  readonly signpostedTopicIds: readonly string[];
  /** Every core topic's route, so a report can show warm handovers beside signposting. */
  readonly routes: readonly TopicRoute[];
}

/**
 * Spaces that are safe in every other way but where a disclosure can lead nowhere: no onward
 * route for one or more core topics. Spaces whose routes are complete but rely on signposting
 * alone for some topics are listed too, with no missing topics, so warm handovers can be told
 * apart from mere signposting.
 */
export function deadEnds(evaluations: readonly SpaceEvaluation[]): DeadEnd[] {
  const out: DeadEnd[] = [];
  for (const e of evaluations) {
    if (!e.safeApartFromOnwardRoute) continue;
    const routes = e.onward.coreTopics;
    const signpostedTopicIds = routes.filter((r) => r.mode === 'signposting').map((r) => r.topicId);
    if (e.onward.missingTopicIds.length === 0 && signpostedTopicIds.length === 0) continue;
    out.push({ spaceId: e.spaceId, areaId: e.areaId, missingTopicIds: e.onward.missingTopicIds, signpostedTopicIds, routes });
  }
  return out.sort((a, b) => b.missingTopicIds.length - a.missingTopicIds.length || b.signpostedTopicIds.length - a.signpostedTopicIds.length);
}
