import type { MapDocument } from '../../editing/mapDocument';
import type { GapAnalysis } from '../gapAnalysis';
import { routePhrase } from '../onwardRoute';
import { joinSome } from '../words';
import { finding, MAX_FINDINGS_PER_KIND, moreFinding, type Finding } from './finding';
import type { Naming } from './naming';

type Analysis = Omit<GapAnalysis, 'findings' | 'timings'>;

/**
 * Dead ends (no onward route for a core topic) and signposting-only routes, naming what each
 * space does reach and how, then topics offered in an area that no space there is linked to.
 */
export function routeFindings(_doc: MapDocument, analysis: Analysis, names: Naming): Finding[] {
  const out: Finding[] = [];
  const evaluations = new Map(analysis.spaces.map((e) => [e.spaceId, e]));
  for (const end of analysis.deadEnds) {
    const space = names.node(end.spaceId);
    const evaluation = evaluations.get(end.spaceId)!;
    const reached = end.routes.filter((r) => r.mode !== null);
    const how = reached.map((r) => `${names.topic(r.topicId)} (${routePhrase(r.mode!, names.nodes(r.organisationIds, 2))})`);
    const orgIds = reached.flatMap((r) => r.organisationIds);
    const viaIds = evaluation.onward.reach.filter((r) => orgIds.includes(r.organisationId) && r.viaId).map((r) => r.viaId!);
    if (end.missingTopicIds.length) {
      const nowhere = `A disclosure at ${space} about ${names.topics(end.missingTopicIds, 'or')} can lead nowhere`;
      const text = reached.length ? `${nowhere}: it links on only for ${joinSome(how, 3)}.` : `${nowhere}: it is not linked to any organisation for a core help topic yet.`;
      out.push(finding({ id: `deadEnd:${end.spaceId}`, kind: 'deadEnd', areaId: end.areaId, text, label: `${space}: where it can pass people on`, nodeIds: [end.spaceId, ...evaluation.onward.runnerIds, ...viaIds, ...orgIds] }));
    }
    if (end.signpostedTopicIds.length) {
      const signposted = end.routes.filter((r) => r.mode === 'signposting');
      const orgs = signposted.flatMap((r) => r.organisationIds);
      const text = `At ${space}, help with ${names.topics(end.signpostedTopicIds)} is signposted only (to ${names.nodes([...new Set(orgs)], 3)}): nobody walks people there yet. A warm handover would make the route surer.`;
      out.push(finding({ id: `signposting:${end.spaceId}`, kind: 'signposting', areaId: end.areaId, text, label: `${space}: signposted routes`, nodeIds: [end.spaceId, ...orgs] }));
    }
  }
  for (const u of analysis.unlinkedTopics) {
    const area = names.area(u.areaId);
    const count = u.organisationIds.length;
    const text = `In ${area}, no space is linked to help with ${names.topic(u.topicId)}, though ${names.nodes(u.organisationIds, 3)} ${count === 1 ? 'offers' : 'offer'} it there.`;
    out.push(finding({ id: `topicUnlinked:${u.areaId}:${u.topicId}`, kind: 'topicUnlinked', areaId: u.areaId, text, label: `${area}: ${names.topic(u.topicId)}`, nodeIds: [...u.organisationIds, ...u.spaceIds] }));
  }
  return capEach(out);
}

/** Keeps each kind's first findings (they are ranked) and counts the rest in one. */
function capEach(findings: Finding[]): Finding[] {
  const seen = new Map<Finding['kind'], Finding[]>();
  for (const f of findings) seen.set(f.kind, [...(seen.get(f.kind) ?? []), f]);
  return [...seen.entries()].flatMap(([kind, list]) => {
    if (list.length <= MAX_FINDINGS_PER_KIND) return list;
    const rest = list.slice(MAX_FINDINGS_PER_KIND);
    return [...list.slice(0, MAX_FINDINGS_PER_KIND), moreFinding(kind, rest.length, rest.flatMap((f) => f.nodeIds))];
  });
}
