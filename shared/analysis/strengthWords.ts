import type { AreaStrengths, StrengthMeasure } from './strengths';
import { countWords, joinSome, joinWords } from './words';

/** How a sentence names nodes and help topics (the findings and the Strengths dialog differ in style, not in facts). */
export interface StrengthNames {
  nodes(ids: readonly string[], max: number): string;
  topics(ids: readonly string[]): string;
}

/**
 * One strength of an area in words, from the same counts the gap analysis works from. "Rich
 * in" is only ever said of two or more (see `strengthsByArea`), so a rich phrase can be
 * plural; a plain "has" phrase counts what there is: "one safe space (Kingsway Youth Hub)".
 */
export function strengthPhrase(measure: StrengthMeasure, s: AreaStrengths, rich: boolean, names: StrengthNames): string {
  const n = s.counts[measure];
  switch (measure) {
    case 'safeSpaces':
      return `${rich ? 'safe spaces' : countWords(n, 'safe space')} (${names.nodes(s.safeSpaceIds, 3)})`;
    case 'outOfHours':
      return `evening or weekend cover (${names.nodes(s.outOfHoursSpaceIds, 3)})`;
    case 'advocates':
      return rich ? `Good Help advocates (${n})` : countWords(n, 'Good Help advocate');
    case 'skills':
      return `${n === 1 ? 'a skill people offer' : 'skills people offer'} (${joinSome(s.skills.map((k) => k.skill), 4)})`;
    case 'organisations':
      return rich ? `organisations (${n})` : countWords(n, 'organisation');
    case 'warmHandovers':
      return `warm handovers for ${names.topics(s.warmHandoverTopicIds)}`;
  }
}

/** The measures an area's sentence speaks of: what it is rich in, or else everything it has. */
export function strengthSentence(s: AreaStrengths, names: StrengthNames): { rich: boolean; measures: StrengthMeasure[]; words: string } | null {
  const rich = s.richIn.length > 0;
  const measures = rich ? [...s.richIn] : (Object.keys(s.counts) as StrengthMeasure[]).filter((m) => s.counts[m] > 0);
  if (!measures.length) return null;
  return { rich, measures, words: joinWords(measures.map((m) => strengthPhrase(m, s, rich, names))) };
}
