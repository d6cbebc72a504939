import type { Area, HelpTopic, OrganisationNode } from '../model';
import type { SpaceEvaluation } from './criteria';
import type { NetworkIndex } from './networkIndex';

/** An area where organisations offer a topic, but no space in the area is linked to any of them. */
export interface UnlinkedTopic {
  readonly areaId: string;
  readonly topicId: string;
  /** Organisations serving the area that offer the topic. */
  readonly organisationIds: readonly string[];
  /** The area's spaces, none of which can pass someone on for this topic. */
  readonly spaceIds: readonly string[];
}

/**
 * For each area and help topic: organisations offer it there, yet no space in the area can pass
 * someone on to any organisation for it. Areas with no spaces are left to the coverage findings.
 */
export function unlinkedTopics(index: NetworkIndex, areas: readonly Area[], topics: readonly HelpTopic[], evaluations: readonly SpaceEvaluation[]): UnlinkedTopic[] {
  const organisations = index.nodes.filter((n): n is OrganisationNode => n.kind === 'organisation');
  const topicsOfOrg = new Map(organisations.map((o) => [o.id, o.helpTopics]));
  const out: UnlinkedTopic[] = [];
  for (const area of areas) {
    const spaces = evaluations.filter((e) => e.areaId === area.id);
    if (spaces.length === 0) continue;
    const reached = new Set<string>();
    for (const s of spaces) for (const r of s.onward.reach) for (const t of topicsOfOrg.get(r.organisationId) ?? []) reached.add(t);
    for (const topic of topics) {
      if (reached.has(topic.id)) continue;
      const offering = organisations.filter((o) => o.helpTopics.includes(topic.id) && o.areasServed.includes(area.id));
      if (offering.length === 0) continue;
      out.push({ areaId: area.id, topicId: topic.id, organisationIds: offering.map((o) => o.id), spaceIds: spaces.map((s) => s.spaceId) });
    }
  }
  return out;
}
