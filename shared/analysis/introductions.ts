import { suggestLinkType } from '../editing/suggestLinkType';
import type { LinkType, MapNode } from '../model';
import { degreeOf, type NetworkIndex } from './networkIndex';

/** A new link that would join a cut-off group to the rest, and what the two have in common. */
export interface Introduction {
  readonly fromId: string;
  readonly toId: string;
  readonly linkType: LinkType;
  readonly sharedTopicIds: readonly string[];
  readonly sharedAreaIds: readonly string[];
  readonly sharedAudienceIds: readonly string[];
}

export interface IntroductionContext {
  readonly index: NetworkIndex;
  readonly areasOf: readonly (readonly string[])[];
  /** Nodes a group may be introduced to: the main network. */
  readonly candidates: readonly number[];
}

const CANDIDATES_PER_KEY = 40;

function topicsOf(node: MapNode): readonly string[] {
  return node.kind === 'organisation' ? node.helpTopics : [];
}
function audiencesOf(node: MapNode): readonly string[] {
  return node.kind === 'space' ? node.audiences : [];
}

/**
 * Indexes the main network by area, topic and audience, best-connected first, so suggestions
 * for many groups cost little: each member only looks at nodes it shares something with.
 */
export function introductionIndex(context: IntroductionContext): Map<string, number[]> {
  const { index } = context;
  const byKey = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [i]);
    else if (list.length < CANDIDATES_PER_KEY) list.push(i);
  };
  // Visiting candidates best-connected first fills every list in order, and each list stops at
  // its quota, rather than sorting thousands per key only to keep forty.
  const candidates = context.candidates.filter((i) => index.nodes[i]!.kind !== 'person' && index.nodes[i]!.kind !== 'project');
  candidates.sort((x, y) => degreeOf(index, y) - degreeOf(index, x) || x - y);
  for (const i of candidates) {
    const node = index.nodes[i]!;
    for (const t of topicsOf(node)) add(`t:${t}`, i);
    for (const a of context.areasOf[i]!) add(`a:${a}`, i);
    for (const a of audiencesOf(node)) add(`u:${a}`, i);
    add('any', i);
  }
  return byKey;
}

/**
 * Up to `max` introductions for a group: new links from its members to organisations or spaces
 * in the main network that share a help topic (weighs most), an area or an audience with them,
 * preferring well-connected nodes and different members. A group with nothing recorded in
 * common with anyone is introduced to the best-connected organisation, often the local
 * infrastructure body, which knows who to put it in touch with.
 */
export function suggestIntroductions(context: IntroductionContext, byKey: Map<string, number[]>, group: readonly number[], max = 3): Introduction[] {
  const { index, areasOf } = context;
  const inGroup = new Set(group);
  const groupAreas = new Set(group.flatMap((m) => areasOf[m]!));
  const scored: { from: number; to: number; score: number; topics: string[]; areas: string[]; audiences: string[] }[] = [];
  for (const m of group) {
    const node = index.nodes[m]!;
    const myTopics = topicsOf(node);
    // People and projects have little recorded of their own: they speak for the group's areas.
    const myAreas = areasOf[m]!.length ? areasOf[m]! : [...groupAreas];
    const myAudiences = audiencesOf(node);
    const seen = new Set<number>();
    const keys = [...myTopics.map((t) => `t:${t}`), ...myAreas.map((a) => `a:${a}`), ...myAudiences.map((a) => `u:${a}`)];
    for (const key of keys) {
      for (const c of byKey.get(key) ?? []) {
        if (inGroup.has(c) || seen.has(c)) continue;
        seen.add(c);
        const other = index.nodes[c]!;
        const topics = myTopics.filter((t) => topicsOf(other).includes(t));
        const areas = myAreas.filter((a) => areasOf[c]!.includes(a));
        const audiences = myAudiences.filter((a) => audiencesOf(other).includes(a) && a !== 'everyone');
        const score = topics.length * 3 + areas.length * 2 + audiences.length + Math.min(degreeOf(index, c), 20) / 20;
        scored.push({ from: m, to: c, score, topics, areas, audiences });
      }
    }
  }
  scored.sort((a, b) => b.score - a.score || a.from - b.from || a.to - b.to);
  const chosen: typeof scored = [];
  const usedTargets = new Set<number>();
  const usedFrom = new Map<number, number>();
  // Two passes: first spread across members, then fill with whatever scores best.
  for (const pass of [0, 1]) {
    for (const s of scored) {
      if (chosen.length >= max) break;
      if (usedTargets.has(s.to) || chosen.includes(s)) continue;
      if (pass === 0 && (usedFrom.get(s.from) ?? 0) > 0) continue;
      chosen.push(s);
      usedTargets.add(s.to);
      usedFrom.set(s.from, (usedFrom.get(s.from) ?? 0) + 1);
    }
  }
  if (chosen.length === 0) {
    const hub = (byKey.get('any') ?? []).find((c) => index.nodes[c]!.kind === 'organisation' && !inGroup.has(c));
    const from = [...group].sort((a, b) => degreeOf(index, b) - degreeOf(index, a))[0];
    if (hub !== undefined && from !== undefined) chosen.push({ from, to: hub, score: 0, topics: [], areas: [], audiences: [] });
  }
  return chosen.map((s) => {
    const from = index.nodes[s.from]!;
    const to = index.nodes[s.to]!;
    return { fromId: from.id, toId: to.id, linkType: suggestLinkType(from.kind, to.kind), sharedTopicIds: s.topics, sharedAreaIds: s.areas, sharedAudienceIds: s.audiences };
  });
}
