import { evaluateSpaces } from '../analysis/criteria';
import { buildNetworkIndex } from '../analysis/networkIndex';
import { nodeAreas } from '../analysis/nodeAreas';
import { strengthsByArea } from '../analysis/strengths';
import { strengthSentence } from '../analysis/strengthWords';
import { countWords, inSentence, joinSome, joinWords } from '../analysis/words';
import type { MapDocument } from '../editing/mapDocument';
import { CHARACTERISTICS, CHARACTERISTIC_LABELS, type Characteristic } from '../model';
import { STRENGTH_LEVEL } from './strongCharacteristics';

export interface AreaGoodHelp {
  readonly areaId: string;
  readonly name: string;
  readonly strengths: readonly string[];
  readonly invitation: string | null;
}

/**
 * Each area's Good Help picture, strengths first: what it is rich in (the gap analysis's own
 * strengths), its projects, and the characteristics its places say are often true.
 */
export function areaGoodHelp(doc: MapDocument): AreaGoodHelp[] {
  const index = buildNetworkIndex(doc);
  const areasOf = nodeAreas(index, doc.meta.areas);
  const strengths = strengthsByArea(doc.meta.areas, index.nodes, areasOf, evaluateSpaces(index, doc.meta));
  const nameOf = (id: string) => doc.nodes[id]?.name ?? 'a node no longer on the map';
  const topics = new Map(doc.meta.helpTopics.map((t) => [t.id, inSentence(t.label)]));
  const topicOf = (id: string) => topics.get(id) ?? id;
  return strengths.map((s) => {
    const area = doc.meta.areas.find((a) => a.id === s.areaId)!;
    const members = index.nodes.filter((_, i) => areasOf[i]!.includes(s.areaId));
    const lines: string[] = [];
    // The same sentence as the gap analysis's strength, so the two never disagree.
    const sentence = strengthSentence(s, { nodes: (ids, max) => joinSome(ids.map(nameOf), max), topics: (ids) => joinWords(ids.map(topicOf)) });
    if (sentence) lines.push(`${sentence.rich ? 'Rich in' : 'Has'} ${sentence.words}.`);
    const projects = members.filter((n) => n.kind === 'project');
    if (projects.length) lines.push(`Good Help projects here: ${joinSome(projects.map((p) => p.name), 4)}.`);
    const strong = new Map<Characteristic, number>();
    for (const n of members) for (const c of CHARACTERISTICS) if ((n.selfAssessment[c] ?? 0) >= STRENGTH_LEVEL) strong.set(c, (strong.get(c) ?? 0) + 1);
    if (strong.size) {
      const names = CHARACTERISTICS.filter((c) => strong.has(c)).map((c) => inSentence(CHARACTERISTIC_LABELS[c]) + (strong.get(c)! > 1 ? ` (${countWords(strong.get(c)!, 'place')})` : ''));
      lines.push(`Often true of how places here help: ${joinWords(names)}.`);
    }
    return {
      areaId: s.areaId,
      name: area.name,
      strengths: lines,
      invitation: lines.length ? null : `Little is recorded for ${area.name} yet: adding its spaces, groups and people will show what it is rich in.`,
    };
  });
}
