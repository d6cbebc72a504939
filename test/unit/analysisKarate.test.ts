import { UndirectedGraph } from 'graphology';
import karateClub from 'graphology-generators/social/karate-club';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../shared/analysis/betweenness';
import { detectCommunities } from '../../shared/analysis/communities';
import { buildNetworkIndex } from '../../shared/analysis/networkIndex';
import { mapBuilder } from './analysisFixtures';

/**
 * Zachary's karate club (1977): 34 members, 78 ties, and the split into two factions (Mr Hi's
 * and the Officer's) that really happened. graphology-generators ships it with each member's
 * faction. Members are numbered 1–34 as in the paper; graphology numbers them 0–33.
 */
const club = karateClub(UndirectedGraph);
function clubMap() {
  const b = mapBuilder();
  club.forEachNode((key) => b.node('person', `m${Number(key) + 1}`, { name: `Member ${Number(key) + 1}` }));
  club.forEachEdge((_e, _a, source, target) => b.link(`m${Number(source) + 1}`, `m${Number(target) + 1}`, 'knows'));
  return b.doc();
}
const faction = (member: string) => club.getNodeAttribute(String(Number(member.slice(1)) - 1), 'club') as string;

describe("Zachary's karate club", () => {
  const doc = clubMap();
  const index = buildNetworkIndex(doc);

  it('is the club: 34 members and 78 ties', () => {
    expect(index.nodes).toHaveLength(34);
    expect(index.links).toHaveLength(78);
  });

  it('Louvain (fixed seed) finds communities of modularity at least 0.41, each within one faction but for at most one member', () => {
    const found = detectCommunities(index, 1);
    expect(found.modularity).toBeGreaterThanOrEqual(0.41);
    expect(found.modularity).toBeLessThanOrEqual(0.42);
    expect(found.communities.length).toBeGreaterThanOrEqual(3);
    for (const c of found.communities) {
      const members = c.members.map((i) => index.nodes[i]!.id);
      const hi = members.filter((m) => faction(m) === 'Mr. Hi').length;
      expect(Math.min(hi, members.length - hi)).toBeLessThanOrEqual(1);
    }
    // The same seed gives the same partition.
    expect(Array.from(detectCommunities(index, 1).communityOf)).toEqual(Array.from(found.communityOf));
  });

  it('counts the links within and between communities', () => {
    const found = detectCommunities(index, 1);
    const within = found.communities.reduce((s, c) => s + c.linksWithin, 0);
    const between = found.communities.reduce((s, c) => s + c.linksOut, 0) / 2;
    expect(within + between).toBe(78);
    for (const c of found.communities) for (const [other, count] of c.linksTo) expect(found.communities[other]!.linksTo).toContainEqual([c.id, count]);
  });

  it('betweenness ranks members 1 and 34 highest, matching graphology-metrics', () => {
    const scores = betweenness(index);
    const ranked = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!).map((i) => index.nodes[i]!.id);
    expect(ranked.slice(0, 2).sort()).toEqual(['m1', 'm34']);
    const reference = betweennessCentrality(club, { normalized: false });
    index.nodes.forEach((node, i) => expect(scores[i]).toBeCloseTo(reference[String(Number(node.id.slice(1)) - 1)]!, 6));
  });
});
