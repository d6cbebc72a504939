import { betweenness, EXACT_BETWEENNESS_LIMIT } from './betweenness';
import { detectCommunities } from './communities';
import { connectedComponents } from './components';
import { cutPoints } from './cutPoints';
import type { NetworkAnalysis } from './gapAnalysis';
import { introductionIndex, suggestIntroductions } from './introductions';
import type { NetworkIndex } from './networkIndex';
import { structureKey } from './structureKey';

const CONNECTORS = 5;

/**
 * The last map's communities and betweenness, by network shape and seed: while someone edits
 * names, sessions and ticks, the shape does not change and these (the costly part) are reused.
 */
let lastShape: { key: string; communities: ReturnType<typeof detectCommunities>; scores: Float64Array } | null = null;
/** Beyond this many groups of a kind, the rest are counted but get no suggested introductions. */
const MAX_INTRODUCED_GROUPS = 200;

/**
 * Who is unconnected: components cut off from the main network, isolated nodes, groups that
 * hang on one link or one broker, communities and the links between them, the key connectors,
 * and for each cut-off group a few introductions that would join it to the rest.
 */
export function analyseNetwork(index: NetworkIndex, areasOf: readonly (readonly string[])[], seed: number, time: (stage: string) => void): NetworkAnalysis {
  const ids = (list: readonly number[]) => list.map((i) => index.nodes[i]!.id);
  const components = connectedComponents(index);
  time('components');
  // With no links at all there is no main network: every node is on its own.
  const hasMain = (components.members[0]?.length ?? 0) > 1;
  const main = hasMain ? components.members[0]! : [];
  const inMain = (i: number) => hasMain && components.componentOf[i] === 0;
  const context = { index, areasOf, candidates: main };
  const byKey = introductionIndex(context);
  let introduced = 0;
  const introduce = (group: readonly number[]) => (introduced++ < MAX_INTRODUCED_GROUPS ? suggestIntroductions(context, byKey, group) : []);

  const others = components.members.slice(hasMain ? 1 : 0);
  const isolated = others.filter((g) => g.length === 1).map((g) => ({ nodeId: index.nodes[g[0]!]!.id, introductions: introduce(g) }));
  const cutOff = others.filter((g) => g.length > 1).map((g) => ({ nodeIds: ids(g), introductions: introduce(g) }));
  time('components');

  const cuts = cutPoints(index);
  // Only groups hanging off the main network: inside a cut-off component, the component is the news.
  const hangingOnLink = cuts.bridges
    .filter((b) => inMain(b.side[0]!))
    .sort((a, b) => b.side.length - a.side.length)
    .map((b) => ({ linkId: index.links[b.linkIndex]!.id, nodeIds: ids(b.side), introductions: introduce(b.side) }));
  // A broker's piece joined to it by a single link is already a group hanging on that link.
  const bridgeLinks = new Set(cuts.bridges.map((b) => b.linkIndex));
  const hangingOnBroker = cuts.brokers
    .filter((b) => inMain(b.node))
    .flatMap((b) =>
      b.pieces
        .filter((piece) => {
          const set = new Set(piece);
          let joins = 0;
          let viaBridge = false;
          for (let e = index.offsets[b.node]!; e < index.offsets[b.node + 1]!; e++) {
            if (!set.has(index.neighbours[e]!)) continue;
            joins++;
            viaBridge ||= bridgeLinks.has(index.linkAt[e]!);
          }
          return !(joins === 1 && viaBridge);
        })
        .map((piece) => ({ brokerId: index.nodes[b.node]!.id, nodeIds: ids(piece), introductions: introduce(piece) })),
    )
    .sort((a, b) => b.nodeIds.length - a.nodeIds.length);
  time('bridges and brokers');

  const key = `${seed}|${structureKey(index)}`;
  const reuse = lastShape?.key === key ? lastShape : null;
  const found = reuse?.communities ?? detectCommunities(index, seed);
  const communities = found.communities.map((c) => ({
    id: c.id,
    nodeIds: ids(c.members),
    linksWithin: c.linksWithin,
    linksOut: c.linksOut,
    linksTo: c.linksTo,
    outsideMain: c.members.every((m) => !inMain(m)),
  }));
  time('communities');

  const scores = reuse?.scores ?? betweenness(index, seed);
  lastShape = { key, communities: found, scores };
  const connectors = Array.from(scores.keys())
    .filter((i) => scores[i]! > 0)
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, CONNECTORS)
    .map((i) => ({ nodeId: index.nodes[i]!.id, betweenness: scores[i]! }));
  time('connectors');

  return {
    nodeCount: index.nodes.length,
    linkCount: index.links.length,
    componentCount: components.members.length,
    mainNetworkSize: main.length,
    isolated,
    cutOff,
    hangingOnLink,
    hangingOnBroker,
    communities,
    modularity: found.modularity,
    connectors,
    betweennessExact: index.nodes.length <= EXACT_BETWEENNESS_LIMIT,
  };
}

