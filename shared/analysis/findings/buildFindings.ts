import type { MapDocument } from '../../editing/mapDocument';
import type { GapAnalysis } from '../gapAnalysis';
import { dataFindings } from './dataFindings';
import { FINDING_KINDS, type Finding } from './finding';
import { naming } from './naming';
import { networkFindings } from './networkFindings';
import { coverageFindings, nearMissFindings, timeFindings } from './placeFindings';
import { routeFindings } from './routeFindings';
import { strengthFindings } from './strengthFindings';

/** Every finding in plain English, strengths first, then gaps in the order FINDING_KINDS gives. */
export function buildFindings(doc: MapDocument, analysis: Omit<GapAnalysis, 'findings' | 'timings'>): Finding[] {
  const names = naming(doc);
  const all = [
    ...strengthFindings(doc, analysis, names),
    ...coverageFindings(doc, analysis, names),
    ...timeFindings(doc, analysis, names),
    ...nearMissFindings(doc, analysis, names),
    ...routeFindings(doc, analysis, names),
    ...networkFindings(doc, analysis, names),
    ...dataFindings(doc, analysis, names),
  ];
  const order = new Map(FINDING_KINDS.map((k, i) => [k, i]));
  // A stable sort keeps each kind's own ranking (neediest area first, best near miss first).
  return all.sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
}
