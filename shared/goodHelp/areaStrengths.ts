import { evaluateSpaces } from '../analysis/criteria';
import { buildNetworkIndex } from '../analysis/networkIndex';
import { nodeAreas } from '../analysis/nodeAreas';
import { strengthsByArea, type AreaStrengths, type StrengthMeasure } from '../analysis/strengths';
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

function phrase(m: StrengthMeasure, s: AreaStrengths, nameOf: (id: string) => string, topicOf: (id: string) => string): string {
  switch (m) {
    case 'safeSpaces':
      return `safe spaces to ask for help (${joinSome(s.safeSpaceIds.map(nameOf), 3)})`;
    case 'outOfHours':
      return `evening or weekend cover (${joinSome(s.outOfHoursSpaceIds.map(nameOf), 3)})`;
    case 'advocates':
      return countWords(s.advocateIds.length, 'Good Help advocate');
    case 'skills':
      return `skills people offer (${joinSome(s.skills.map((k) => k.skill), 4)})`;
    case 'organisations':
      return countWords(s.organisationIds.length, 'organisation');
    case 'warmHandovers':
      return `warm handovers for ${joinWords(s.warmHandoverTopicIds.map(topicOf))}`;
  }
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
    const present = (Object.keys(s.counts) as StrengthMeasure[]).filter((m) => s.counts[m] > 0);
    const measures = s.richIn.length ? s.richIn : present;
    if (measures.length) lines.push(`${s.richIn.length ? 'Rich in' : 'Has'} ${joinWords(measures.map((m) => phrase(m, s, nameOf, topicOf)))}.`);
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
