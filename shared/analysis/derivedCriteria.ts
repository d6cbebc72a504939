import type { MapDocument } from '../editing/mapDocument';
import type { MapLink, SpaceNode } from '../model';
import { evaluateSpace } from './criteria';
import { naming } from './findings/naming';
import { buildNetworkIndex } from './networkIndex';
import { ROUTE_MODE_LABELS } from './onwardRoute';
import { describeCells } from './timeOfDay';
import { joinWords } from './words';

export interface DerivedCriterionValue {
  readonly met: boolean;
  /** Why, in a sentence: what the space is linked to, or when it is open. */
  readonly why: string;
}

/**
 * The two derived criteria for one space, explained, for its details panel. Only the space's
 * own links and those of the organisations running it are read, so it is cheap on a big map.
 */
export function explainDerivedCriteria(doc: MapDocument, spaceId: string): { onwardRoute: DerivedCriterionValue; outOfHours: DerivedCriterionValue } | null {
  const space = doc.nodes[spaceId];
  if (space?.kind !== 'space') return null;
  const near: Record<string, MapLink> = {};
  const runners = new Set<string>();
  for (const link of Object.values(doc.links)) {
    if (link.source !== spaceId && link.target !== spaceId) continue;
    near[link.id] = link;
    if (link.type === 'runsOrHosts') runners.add(link.source === spaceId ? link.target : link.source);
  }
  if (runners.size) for (const link of Object.values(doc.links)) if (runners.has(link.source) || runners.has(link.target)) near[link.id] = link;
  const ids = new Set([spaceId, ...Object.values(near).flatMap((l) => [l.source, l.target])]);
  const nodes = Object.fromEntries([...ids].flatMap((id) => (doc.nodes[id] ? [[id, doc.nodes[id]!]] : [])));
  const index = buildNetworkIndex({ meta: doc.meta, nodes, links: near });
  const evaluation = evaluateSpace(index, index.indexOf.get(spaceId)!, doc.meta);
  const names = naming(doc);

  const reached = evaluation.onward.coreTopics.filter((t) => t.mode !== null);
  const missing = evaluation.onward.missingTopicIds;
  const coreCount = evaluation.onward.coreTopics.length;
  let onwardWhy: string;
  if (coreCount === 0) onwardWhy = 'The map has no core help topics, so there is nothing to link on to.';
  else {
    const linked = reached.map((t) => `${names.topic(t.topicId)} (${ROUTE_MODE_LABELS[t.mode!]})`);
    onwardWhy = linked.length ? `Linked to organisations for: ${joinWords(linked)}.` : 'Not linked to any organisation for a core help topic yet.';
    if (missing.length) onwardWhy += ` Missing: ${names.topics(missing)}.`;
  }
  const sessions = (space as SpaceNode).sessions;
  const outWhy = evaluation.outOfHoursCells.length
    ? `Open ${describeCells(evaluation.outOfHoursCells)}.`
    : sessions.length
      ? 'Open only on weekday mornings and afternoons.'
      : 'No opening times recorded yet.';
  return {
    onwardRoute: { met: evaluation.onward.met, why: onwardWhy },
    outOfHours: { met: evaluation.outOfHoursCells.length > 0, why: outWhy },
  };
}
