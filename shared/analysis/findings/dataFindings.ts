import type { MapDocument } from '../../editing/mapDocument';
import type { GapAnalysis } from '../gapAnalysis';
import { countWords, plural } from '../words';
import { finding, type Finding } from './finding';
import type { Naming } from './naming';

type Analysis = Omit<GapAnalysis, 'findings' | 'timings'>;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthYear = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** Details gone stale, and what the map is missing for the analysis to say more. */
export function dataFindings(doc: MapDocument, analysis: Analysis, names: Naming): Finding[] {
  const out: Finding[] = [];
  const { stale, neverChecked, afterMonths } = analysis.stale;
  if (stale.length) {
    const oldest = stale[0]!;
    out.push(
      finding({
        id: 'stale',
        kind: 'stale',
        areaId: null,
        text: `${plural(stale.length, 'node')} ${stale.length === 1 ? 'was' : 'were'} last checked ${countWords(afterMonths, 'month')} ago or more; the oldest, ${names.node(oldest.nodeId)}, in ${monthYear(oldest.lastChecked!)}. Worth a call to check they are still right.`,
        label: `Last checked over ${countWords(afterMonths, 'month')} ago`,
        nodeIds: stale.map((s) => s.nodeId),
      }),
    );
  }
  if (neverChecked.length) {
    out.push(
      finding({
        id: 'stale:never',
        kind: 'stale',
        areaId: null,
        text: `${plural(neverChecked.length, 'node')} ${neverChecked.length === 1 ? 'has' : 'have'} no date for when ${neverChecked.length === 1 ? 'its' : 'their'} details were last checked.`,
        label: 'Never checked',
        nodeIds: neverChecked.map((s) => s.nodeId),
      }),
    );
  }
  const spaces = Object.values(doc.nodes).filter((n) => n.kind === 'space');
  const known = new Set(doc.meta.areas.map((a) => a.id));
  const noArea = spaces.filter((s) => s.kind === 'space' && (!s.areaId || !known.has(s.areaId)));
  if (doc.meta.areas.length === 0) {
    out.push(finding({ id: 'setup:areas', kind: 'setup', areaId: null, text: 'Add the map’s areas (neighbourhoods or wards) in its settings to see coverage and opening times area by area.', label: 'Spaces', nodeIds: spaces.map((s) => s.id) }));
  } else if (noArea.length) {
    out.push(finding({ id: 'setup:noArea', kind: 'setup', areaId: null, text: `${plural(noArea.length, 'space')} ${noArea.length === 1 ? 'has' : 'have'} no area, so ${noArea.length === 1 ? 'it is' : 'they are'} not counted in coverage: ${names.nodes(noArea.map((s) => s.id))}.`, label: 'Spaces with no area', nodeIds: noArea.map((s) => s.id) }));
  }
  if (spaces.length === 0) {
    out.push(finding({ id: 'setup:spaces', kind: 'setup', areaId: null, text: 'Add the spaces where people can walk in — libraries, cafés, community centres, halls — with their opening times, to find where and when there is nowhere safe to ask for help.', label: 'Spaces', nodeIds: [] }));
  }
  if (!doc.meta.criteria.some((c) => c.essential)) {
    out.push(finding({ id: 'setup:criteria', kind: 'setup', areaId: null, text: 'No criterion is marked essential, so every space counts as safe. Mark the essentials in the map’s settings.', label: 'Criteria', nodeIds: [] }));
  }
  return out;
}
