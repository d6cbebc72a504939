import type { MapDocument } from '../../editing/mapDocument';
import type { GapAnalysis } from '../gapAnalysis';
import type { Introduction } from '../introductions';
import { joinWords, plural } from '../words';
import { finding, type Finding, type IntroductionFinding } from './finding';
import type { Naming } from './naming';

type Analysis = Omit<GapAnalysis, 'findings' | 'timings'>;
/** On a big map, list this many groups of a kind one by one and count the rest in one finding. */
const MAX_PER_KIND = 40;
const MIN_COMMUNITY = 4;
const FEW_LINKS = 2;

function introductionText(i: Introduction, names: Naming): IntroductionFinding {
  const reasons: string[] = [];
  if (i.sharedTopicIds.length) reasons.push(`help with ${names.topics(i.sharedTopicIds)}`);
  if (i.sharedAreaIds.length) reasons.push(joinWords(i.sharedAreaIds.map((a) => names.area(a))));
  if (i.sharedAudienceIds.length) reasons.push(`welcoming ${joinWords(i.sharedAudienceIds.map((a) => names.audience(a)))}`);
  const why = reasons.length ? `both: ${reasons.join('; ')}` : `${names.node(i.toId)} is one of the best-connected organisations and can make further introductions`;
  return { fromId: i.fromId, toId: i.toId, linkType: i.linkType, text: `Introduce ${names.node(i.fromId)} to ${names.node(i.toId)} (${why}).` };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Who is unconnected: isolated nodes, cut-off groups, groups on one link or one broker, weakly linked communities. */
export function networkFindings(doc: MapDocument, analysis: Analysis, names: Naming): Finding[] {
  const net = analysis.network;
  const out: Finding[] = [];
  const intros = (list: readonly Introduction[]) => list.map((i) => introductionText(i, names));
  const introNodes = (list: readonly Introduction[]) => list.map((i) => i.toId);
  const capped = <T>(kind: Finding['kind'], items: readonly T[], make: (item: T, i: number) => Finding, rest: (count: number, items: readonly T[]) => Omit<Finding, 'kind' | 'id' | 'areaId' | 'linkIds' | 'introductions'>) => {
    items.slice(0, MAX_PER_KIND).forEach((item, i) => out.push(make(item, i)));
    if (items.length > MAX_PER_KIND) out.push(finding({ id: `${kind}:more`, kind, areaId: null, ...rest(items.length - MAX_PER_KIND, items.slice(MAX_PER_KIND)) }));
  };

  capped(
    'isolated',
    net.isolated,
    (g) => finding({ id: `isolated:${g.nodeId}`, kind: 'isolated', areaId: null, text: `${names.node(g.nodeId)} is not connected to anyone on the map yet.`, label: names.node(g.nodeId), nodeIds: [g.nodeId, ...introNodes(g.introductions)], introductions: intros(g.introductions) }),
    (count, rest) => ({ text: `${plural(count, 'more node')} ${count === 1 ? 'is' : 'are'} not connected to anyone yet.`, label: 'More unconnected nodes', nodeIds: rest.map((g) => g.nodeId) }),
  );
  capped(
    'cutOff',
    net.cutOff,
    (g) => finding({ id: `cutOff:${g.nodeIds[0]}`, kind: 'cutOff', areaId: null, text: `${capitalise(names.nodes(g.nodeIds, 4))} link only among themselves, cut off from the main network.`, label: `A group of ${g.nodeIds.length} cut off`, nodeIds: [...g.nodeIds, ...introNodes(g.introductions)], introductions: intros(g.introductions) }),
    (count, rest) => ({ text: `${plural(count, 'more group')} ${count === 1 ? 'is' : 'are'} cut off from the main network.`, label: 'More cut-off groups', nodeIds: rest.flatMap((g) => g.nodeIds) }),
  );
  capped(
    'hangsOnLink',
    net.hangingOnLink,
    (g) => {
      const link = doc.links[g.linkId];
      const anchor = link ? (g.nodeIds.includes(link.source) ? link.target : link.source) : null;
      const text = `${capitalise(names.nodes(g.nodeIds, 3))} ${g.nodeIds.length === 2 ? 'both hang' : 'all hang'} on one link${anchor ? `, to ${names.node(anchor)}` : ''}: if it lapses, they are cut off.`;
      return finding({ id: `hangsOnLink:${g.linkId}`, kind: 'hangsOnLink', areaId: null, text, label: `Hanging on one link`, nodeIds: [...g.nodeIds, ...(anchor ? [anchor] : [])], linkIds: [g.linkId], introductions: intros(g.introductions) });
    },
    (count, rest) => ({ text: `${plural(count, 'more group')} hang on a single link.`, label: 'More groups on one link', nodeIds: rest.flatMap((g) => g.nodeIds) }),
  );
  capped(
    'hangsOnBroker',
    net.hangingOnBroker,
    (g) => {
      const text = `${capitalise(names.nodes(g.nodeIds, 3))} reach the rest of the network only through ${names.node(g.brokerId)}.`;
      return finding({ id: `hangsOnBroker:${g.brokerId}:${g.nodeIds[0]}`, kind: 'hangsOnBroker', areaId: null, text, label: `Only through ${names.node(g.brokerId)}`, nodeIds: [g.brokerId, ...g.nodeIds], introductions: intros(g.introductions) });
    },
    (count, rest) => ({ text: `${plural(count, 'more group')} reach the network through one broker only.`, label: 'More groups on one broker', nodeIds: rest.flatMap((g) => [g.brokerId, ...g.nodeIds]) }),
  );
  const byId = new Map(net.communities.map((c) => [c.id, c]));
  const weak = net.communities.filter((c) => !c.outsideMain && c.nodeIds.length >= MIN_COMMUNITY && c.linksOut <= FEW_LINKS);
  capped(
    'community',
    weak,
    (c) => {
      const lead = names.node(c.nodeIds[0]!);
      const partners = c.linksTo.map(([id]) => names.node(byId.get(id)!.nodeIds[0]!));
      const text = `The group around ${lead} (${c.nodeIds.length} on the map) has only ${plural(c.linksOut, 'link')} to the rest of the network${partners.length ? `, to the group around ${joinWords(partners)}` : ''}.`;
      return finding({ id: `community:${c.nodeIds[0]}`, kind: 'community', areaId: null, text, label: `The group around ${lead}`, nodeIds: c.nodeIds });
    },
    (count, rest) => ({ text: `${plural(count, 'more group')} have few links to the rest.`, label: 'More weakly linked groups', nodeIds: rest.flatMap((c) => c.nodeIds) }),
  );
  return out;
}
