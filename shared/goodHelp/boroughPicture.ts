import { inSentence, joinWords, countWords } from '../analysis/words';
import type { MapDocument } from '../editing/mapDocument';
import { CHARACTERISTICS, CHARACTERISTIC_LABELS, EVALUATION_CATEGORIES, type Characteristic, type EvaluationCategory } from '../model';
import { STRENGTH_LEVEL } from './strongCharacteristics';

export interface BoroughPicture {
  /** Organisations, spaces and projects that have recorded a reflection (or levels). */
  readonly reflected: number;
  readonly couldReflect: number;
  /** How many places say each characteristic is often true or part of who they are. */
  readonly strongIn: Readonly<Record<Characteristic, number>>;
  readonly projectsByCategory: Readonly<Record<EvaluationCategory | 'notYet', number>>;
  /** One or two sentences that lead with what is going well. */
  readonly headline: string;
}

/** The whole borough's Good Help picture in a few figures, for a system leader's one screen. */
export function boroughPicture(doc: MapDocument): BoroughPicture {
  const strongIn = Object.fromEntries(CHARACTERISTICS.map((c) => [c, 0])) as Record<Characteristic, number>;
  const projectsByCategory = { showcase: 0, tweak: 0, bigOpportunity: 0, unknownOpportunity: 0, notYet: 0 };
  let reflected = 0;
  let couldReflect = 0;
  for (const node of Object.values(doc.nodes)) {
    if (node.kind === 'person') continue;
    couldReflect += 1;
    if (Object.keys(node.selfAssessment).length > 0) reflected += 1;
    for (const c of CHARACTERISTICS) if ((node.selfAssessment[c] ?? 0) >= STRENGTH_LEVEL) strongIn[c] += 1;
    if (node.kind === 'project') projectsByCategory[node.evaluationCategory ?? 'notYet'] += 1;
  }
  const richest = CHARACTERISTICS.filter((c) => strongIn[c] > 0).sort((a, b) => strongIn[b] - strongIn[a]).slice(0, 3);
  const showcase = projectsByCategory.showcase;
  const parts: string[] = [];
  if (richest.length) parts.push(`Where we are rich: ${joinWords(richest.map((c) => `${inSentence(CHARACTERISTIC_LABELS[c])} (often true in ${countWords(strongIn[c], 'place')})`))}.`);
  if (showcase) parts.push(`${countWords(showcase, 'project').replace(/^./, (c) => c.toUpperCase())} ${showcase === 1 ? 'is' : 'are'} a showcase for others to learn from.`);
  if (reflected) {
    const more = couldReflect - reflected;
    parts.push(
      `${countWords(reflected, 'organisation, space or project', 'organisations, spaces and projects').replace(/^./, (c) => c.toUpperCase())} ${reflected === 1 ? 'has' : 'have'} reflected on Good Help so far${more ? `, and ${more} more could join in` : ''}.`,
    );
  }
  const headline = parts.length ? parts.join(' ') : 'No reflections yet: when organisations, spaces and projects reflect on the seven characteristics, the borough’s strengths will show here.';
  return { reflected, couldReflect, strongIn, projectsByCategory, headline };
}

export const CATEGORY_ORDER: readonly (EvaluationCategory | 'notYet')[] = [...EVALUATION_CATEGORIES, 'notYet'];
