import type { HelpTopic, MapLink, MapNode, OrganisationNode, SpaceNode } from '../model';
import type { NetworkIndex } from './networkIndex';

/**
 * How a disclosure at a space reaches an organisation: a warm handover (someone walks the
 * person there), in house (the organisation runs the space), another standing link such as a
 * partnership, or signposting only (the person is told where to go).
 */
export type RouteMode = 'warmHandover' | 'inHouse' | 'linked' | 'signposting';
export const ROUTE_MODE_LABELS: Record<RouteMode, string> = {
  warmHandover: 'warm handover',
  inHouse: 'runs the space',
  linked: 'partnership or other link',
  signposting: 'signposting only',
};

/** "warm handover to X", "signposting to X": how a topic is reached, for sentences. */
export function routePhrase(mode: RouteMode, organisations: string): string {
  switch (mode) {
    case 'warmHandover':
      return `a warm handover to ${organisations}`;
    case 'inHouse':
      return `${organisations}, which runs it`;
    case 'linked':
      return `a link with ${organisations}`;
    case 'signposting':
      return `signposting to ${organisations}`;
  }
}
const STRENGTH: Record<RouteMode, number> = { warmHandover: 5, inHouse: 4, linked: 2, signposting: 1 };

export interface OrganisationReach {
  readonly organisationId: string;
  readonly mode: RouteMode;
  /** Set when the route goes through the organisation that runs the space. */
  readonly viaId: string | null;
}

export interface TopicRoute {
  readonly topicId: string;
  /** The strongest way this topic is reached, or null when it is not reached at all. */
  readonly mode: RouteMode | null;
  readonly organisationIds: readonly string[];
}

export interface OnwardRoute {
  readonly spaceId: string;
  readonly runnerIds: readonly string[];
  readonly reach: readonly OrganisationReach[];
  /** One entry per core help topic, in the map's order. */
  readonly coreTopics: readonly TopicRoute[];
  readonly missingTopicIds: readonly string[];
  /** Met when every core topic is reached; a map with no core topics meets it trivially. */
  readonly met: boolean;
}

/** A link read from one end: can a disclosure travel along it from `from` to the other end? */
function modeAlong(link: MapLink, from: string, viaRunner: boolean): RouteMode | null {
  if (link.directed && link.target === from && link.type === 'refersTo') return null;
  switch (link.type) {
    case 'refersTo':
      return link.referralMode === 'warmHandover' ? 'warmHandover' : 'signposting';
    case 'runsOrHosts':
      return viaRunner ? null : 'inHouse';
    case 'partnersWith':
      return 'linked';
    case 'funds':
      return null;
    default:
      return viaRunner ? null : 'linked';
  }
}

function better(a: RouteMode | null, b: RouteMode | null): RouteMode | null {
  if (!a) return b;
  if (!b) return a;
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

/**
 * The organisations a space can pass someone on to: those linked to it directly, and — through
 * the organisation that runs it — that organisation's own referrals and partners.
 */
export function organisationReach(index: NetworkIndex, spaceIndex: number): { runnerIds: string[]; reach: OrganisationReach[] } {
  const { nodes, links, offsets, neighbours, linkAt } = index;
  const space = nodes[spaceIndex]!;
  const best = new Map<string, OrganisationReach>();
  const offer = (organisationId: string, mode: RouteMode | null, viaId: string | null) => {
    if (!mode || organisationId === space.id) return;
    const current = best.get(organisationId);
    if (!current || better(current.mode, mode) !== current.mode) best.set(organisationId, { organisationId, mode, viaId });
  };
  const runners: number[] = [];
  for (let e = offsets[spaceIndex]!; e < offsets[spaceIndex + 1]!; e++) {
    const other = nodes[neighbours[e]!]!;
    if (other.kind !== 'organisation') continue;
    const link = links[linkAt[e]!]!;
    if (link.type === 'runsOrHosts') runners.push(neighbours[e]!);
    offer(other.id, modeAlong(link, space.id, false), null);
  }
  for (const r of runners) {
    const runner = nodes[r]!;
    for (let e = offsets[r]!; e < offsets[r + 1]!; e++) {
      const other = nodes[neighbours[e]!]!;
      if (other.kind !== 'organisation') continue;
      offer(other.id, modeAlong(links[linkAt[e]!]!, runner.id, true), runner.id);
    }
  }
  return { runnerIds: [...new Set(runners.map((r) => nodes[r]!.id))], reach: [...best.values()] };
}

/** The onward route from one space for every core topic: the derived "onward route" criterion. */
export function onwardRoute(index: NetworkIndex, spaceIndex: number, topics: readonly HelpTopic[]): OnwardRoute {
  const space = index.nodes[spaceIndex] as SpaceNode;
  const { runnerIds, reach } = organisationReach(index, spaceIndex);
  const coreTopics = topics
    .filter((t) => t.core)
    .map((topic): TopicRoute => {
      let mode: RouteMode | null = null;
      const organisationIds: string[] = [];
      for (const r of reach) {
        const org = index.nodes[index.indexOf.get(r.organisationId)!] as OrganisationNode;
        if (!org.helpTopics.includes(topic.id)) continue;
        organisationIds.push(org.id);
        mode = better(mode, r.mode);
      }
      return { topicId: topic.id, mode, organisationIds };
    });
  const missingTopicIds = coreTopics.filter((t) => t.mode === null).map((t) => t.topicId);
  return { spaceId: space.id, runnerIds, reach, coreTopics, missingTopicIds, met: missingTopicIds.length === 0 };
}

/** Which topics an organisation offers, for quick lookups across many spaces. */
export function topicsOf(node: MapNode | undefined): readonly string[] {
  return node?.kind === 'organisation' ? node.helpTopics : [];
}
