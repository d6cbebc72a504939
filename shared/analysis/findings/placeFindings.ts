import type { MapDocument } from '../../editing/mapDocument';
import type { Area } from '../../model';
import type { GapAnalysis } from '../gapAnalysis';
import type { SpaceEvaluation } from '../criteria';
import type { NearMiss } from '../nearMisses';
import { EVERYONE_AUDIENCE_ID } from '../coverage';
import { CELL_COUNT, describeCells } from '../timeOfDay';
import { joinSome, joinWords } from '../words';
import { finding, MAX_FINDINGS_PER_KIND, moreFinding, type Finding } from './finding';
import type { Naming } from './naming';

type Analysis = Omit<GapAnalysis, 'findings' | 'timings'>;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "open to everyone, nor any for older people…" or "for older people…": everyone is not one group among many. */
function forAudiences(ids: readonly string[], names: Naming): string {
  const others = ids.filter((id) => id !== EVERYONE_AUDIENCE_ID).map(names.audience);
  if (others.length === ids.length) return `for ${joinSome(others, 5)}`;
  return others.length ? `open to everyone, nor any for ${joinSome(others, 5)}` : 'open to everyone';
}

/** ", one of the most deprived areas (IMD decile 2, 11,800 people)," or " (IMD decile 5)": need, in a sentence. */
function needClause(area: Area | undefined): string {
  if (!area) return '';
  const people = area.population ? `${area.population.toLocaleString('en-GB')} people` : '';
  if (area.imdDecile !== undefined && area.imdDecile <= 3) return `, one of the most deprived areas (IMD decile ${area.imdDecile}${people ? `, ${people}` : ''}),`;
  const parts = [area.imdDecile !== undefined ? `IMD decile ${area.imdDecile}` : '', people].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function spacesIn(analysis: Analysis, areaId: string): string[] {
  return analysis.spaces.filter((e) => e.areaId === areaId).map((e) => e.spaceId);
}

/** One coverage finding per area with a gap or a fragile cell, the neediest areas first. */
export function coverageFindings(doc: MapDocument, analysis: Analysis, names: Naming): Finding[] {
  const areas = new Map(doc.meta.areas.map((a) => [a.id, a]));
  const sorted = [...analysis.coverage].sort((a, b) => b.priority - a.priority);
  const out: Finding[] = [];
  for (const c of sorted) {
    const area = names.area(c.areaId);
    const gapIds = c.cells.filter((x) => x.status === 'gap').map((x) => x.audienceId);
    const gaps = gapIds.map(names.audience);
    const fragile = c.cells.filter((x) => x.status === 'fragile').map((x) => names.audience(x.audienceId));
    if (!gaps.length && !fragile.length) continue;
    const need = needClause(areas.get(c.areaId));
    let text: string;
    if (c.safeSpaceIds.length === 0) {
      text = `${area}${need} has no safe disclosure space yet.`;
    } else if (c.safeSpaceIds.length === 1) {
      text = `${area}${need} relies on one safe disclosure space, ${names.node(c.safeSpaceIds[0]!)}: if it closes, there is nowhere.`;
      if (gaps.length) text += ` There is none yet ${forAudiences(gapIds, names)}.`;
    } else if (gaps.length) {
      text = `${area}${need} has no safe disclosure space yet ${forAudiences(gapIds, names)}.`;
      if (fragile.length) text += ` ${capitalise(joinSome(fragile, 5))} ${fragile.length === 1 ? 'relies' : 'rely'} on a single safe space.`;
    } else {
      text = `In ${area}${need.replace(/,$/, "")}, ${joinSome(fragile, 5)} ${fragile.length === 1 ? 'relies' : 'rely'} on a single safe space.`;
    }
    out.push(finding({ id: `coverage:${c.areaId}`, kind: 'coverage', areaId: c.areaId, text, label: `${area}: its spaces`, nodeIds: spacesIn(analysis, c.areaId) }));
  }
  return out;
}

/** For each area with some safe space, the parts of the week when none is open. */
export function timeFindings(doc: MapDocument, analysis: Analysis, names: Naming): Finding[] {
  const out: Finding[] = [];
  const coverage = new Map(analysis.coverage.map((c) => [c.areaId, c]));
  for (const grid of analysis.timeGrids) {
    const safe = coverage.get(grid.areaId)?.safeSpaceIds ?? [];
    if (safe.length === 0 || grid.gaps.length === 0) continue;
    const area = names.area(grid.areaId);
    const gaps = new Set(grid.gaps);
    const open = Array.from({ length: CELL_COUNT }, (_, i) => i).filter((i) => !gaps.has(i));
    const noEvenings = [2, 5, 8, 11, 14, 17, 20].every((c) => gaps.has(c));
    const noWeekend = [15, 16, 17, 18, 19, 20].every((c) => gaps.has(c));
    let text: string;
    if (noEvenings || noWeekend) {
      const missing = joinWords([noEvenings ? 'on any evening' : '', noWeekend ? 'at the weekend' : ''].filter(Boolean), 'or');
      const otherGaps = grid.gaps.filter((c) => !(noEvenings && c % 3 === 2) && !(noWeekend && c >= 15));
      text = `No safe space in ${area} is open ${missing}.`;
      if (open.length <= 6) text += ` Safe spaces are open only ${describeCells(open)}.`;
      else if (otherGaps.length) text += ` Nor ${describeCells(otherGaps, 'or')}.`;
    } else {
      text = `No safe space in ${area} is open ${describeCells(grid.gaps, 'or')}.`;
    }
    const openWhenGap = analysis.spaces.filter((e) => e.areaId === grid.areaId && !e.safe && e.openCells.some((c) => gaps.has(c))).map((e) => e.spaceId);
    out.push(
      finding({
        id: `time:${grid.areaId}`,
        kind: 'time',
        areaId: grid.areaId,
        text,
        label: `${area}: safe spaces, and spaces open when none is`,
        nodeIds: [...safe, ...openWhenGap],
      }),
    );
  }
  return out;
}

function needsPhrase(miss: NearMiss, evaluation: SpaceEvaluation | undefined, names: Naming, doc: MapDocument): string {
  const parts = miss.missing.map((id) => {
    const criterion = doc.meta.criteria.find((c) => c.id === id);
    if (criterion?.derived === 'onwardRoute' && evaluation) return `an onward route for ${names.topics(evaluation.onward.missingTopicIds)}`;
    if (criterion?.derived === 'outOfHours') return 'to open some evenings or weekends';
    return `“${names.criterion(id)}”`;
  });
  return joinWords(parts);
}

/** Near misses, best first: what each space needs, and exactly what its area would gain. */
export function nearMissFindings(doc: MapDocument, analysis: Analysis, names: Naming): Finding[] {
  const evaluations = new Map(analysis.spaces.map((e) => [e.spaceId, e]));
  const rest = analysis.nearMisses.slice(MAX_FINDINGS_PER_KIND);
  const more = rest.length ? [moreFinding('nearMiss', rest.length, rest.map((m) => m.spaceId))] : [];
  return analysis.nearMisses.slice(0, MAX_FINDINGS_PER_KIND).map((miss) => {
    const space = names.node(miss.spaceId);
    const area = names.area(miss.areaId);
    const steps = miss.missing.length === 1 ? 'one step away' : 'two steps away';
    const gains: string[] = [];
    if (miss.closesCoverage.length) gains.push(`its first safe space ${miss.closesCoverage.includes(EVERYONE_AUDIENCE_ID) ? 'open to everyone' : `for ${joinSome(miss.closesCoverage.map(names.audience), 3)}`}`);
    if (miss.closesTime.length) gains.push(`a safe space open ${describeCells(miss.closesTime)}`);
    if (!gains.length && miss.strengthensCoverage.length) gains.push(`a second safe space for ${joinSome(miss.strengthensCoverage.map(names.audience), 3)}`);
    const gain = miss.areaId
      ? gains.length
        ? ` Then ${area} gains ${joinWords(gains)}.`
        : ` It would add choice in ${area} rather than close a gap.`
      : ' It has no area yet, so what it would add is not known.';
    const text = `${space} is ${steps}: it needs ${needsPhrase(miss, evaluations.get(miss.spaceId), names, doc)}.${gain}`;
    return finding({ id: `nearMiss:${miss.spaceId}`, kind: 'nearMiss', areaId: miss.areaId, text, label: `${space}: ${steps}`, nodeIds: [miss.spaceId] });
  }).concat(more);
}
