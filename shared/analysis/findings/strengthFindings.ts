import type { MapDocument } from '../../editing/mapDocument';
import type { GapAnalysis } from '../gapAnalysis';
import type { AreaStrengths, StrengthMeasure } from '../strengths';
import { strengthSentence } from '../strengthWords';
import { countWords } from '../words';
import { finding, type Finding } from './finding';
import type { Naming } from './naming';

function nodesOf(s: AreaStrengths, measures: readonly StrengthMeasure[]): string[] {
  const ids: string[] = [];
  for (const m of measures) {
    if (m === 'safeSpaces' || m === 'warmHandovers') ids.push(...s.safeSpaceIds);
    if (m === 'outOfHours') ids.push(...s.outOfHoursSpaceIds);
    if (m === 'advocates') ids.push(...s.advocateIds);
    if (m === 'skills') ids.push(...s.skills.flatMap((k) => k.personIds));
    if (m === 'organisations') ids.push(...s.organisationIds);
  }
  return ids;
}

/** Strengths first: what each area is rich in, the key connectors, and a map kept up to date. */
export function strengthFindings(doc: MapDocument, analysis: Omit<GapAnalysis, 'findings' | 'timings'>, names: Naming): Finding[] {
  const out: Finding[] = [];
  for (const s of analysis.strengths) {
    const area = names.area(s.areaId);
    const sentence = strengthSentence(s, { nodes: names.nodes, topics: (ids) => names.topics(ids) });
    const text = sentence
      ? `${area} ${sentence.rich ? 'is rich in' : 'has'} ${sentence.words}.`
      : `Little is recorded for ${area} yet: adding its spaces, groups and people will show what it is rich in.`;
    out.push(finding({ id: `strength:${s.areaId}`, kind: 'strength', areaId: s.areaId, text, label: `${area}: its strengths`, nodeIds: nodesOf(s, sentence?.measures ?? []) }));
  }
  const { connectors } = analysis.network;
  if (connectors.length >= 2) {
    out.push(
      finding({
        id: 'connector',
        kind: 'connector',
        areaId: null,
        text: `${names.nodes(connectors.map((c) => c.nodeId), 5)} join up more of the network than anyone else: they are the connectors to look after and to ask for introductions.`,
        label: 'Key connectors',
        nodeIds: connectors.map((c) => c.nodeId),
      }),
    );
  }
  const { stale, neverChecked, afterMonths } = analysis.stale;
  const nodeCount = Object.keys(doc.nodes).length;
  if (nodeCount > 0 && stale.length === 0 && neverChecked.length === 0) {
    out.push(
      finding({
        id: 'strength:upToDate',
        kind: 'strength',
        areaId: null,
        text: `Every detail on the map has been checked in the last ${countWords(afterMonths, 'month')}.`,
        label: 'Details checked recently',
        nodeIds: [],
      }),
    );
  }
  return out;
}
