import { countFindings } from './findings/finding';
import type { GapAnalysis } from './gapAnalysis';
import { plural } from './words';

/**
 * The analysis at a glance, counted from the findings themselves, so a summary and the
 * section it sums up always agree (the panel and the report both show these).
 */
export function analysisSummary(analysis: GapAnalysis): { spaces: number; safe: number; nearlySafe: number; groupsApart: number } {
  return {
    spaces: analysis.spaces.length,
    safe: analysis.spaces.filter((s) => s.safe).length,
    nearlySafe: countFindings(analysis.findings.filter((f) => f.kind === 'nearMiss')),
    groupsApart: Math.max(0, analysis.network.componentCount - 1),
  };
}

/** The summary's figures with their words: "15 spaces", "4 safe", "5 nearly safe", "1 group apart". */
export function summaryItems(analysis: GapAnalysis): readonly (readonly [number, string])[] {
  const s = analysisSummary(analysis);
  const word = (n: number, one: string, many: string) => plural(n, one, many).replace(/^\S+ /, '');
  return [
    [s.spaces, word(s.spaces, 'space', 'spaces')],
    [s.safe, 'safe'],
    [s.nearlySafe, 'nearly safe'],
    [s.groupsApart, word(s.groupsApart, 'group apart', 'groups apart')],
  ];
}
