import { plural } from '../words';
import type { MapDocument } from '../../editing/mapDocument';
import { DAYS } from '../../model';
import { FINDING_KIND_TITLES } from '../findings/finding';
import type { GapAnalysis } from '../gapAnalysis';
import { ROUTE_MODE_LABELS } from '../onwardRoute';
import { cellOf, DAY_PART_LABELS } from '../timeOfDay';
import { toCsv } from './csv';

export type CsvTableId = 'findings' | 'spaces' | 'coverage' | 'times' | 'nearMisses' | 'onwardRoutes' | 'groups' | 'stale';

export interface CsvTable {
  readonly id: CsvTableId;
  readonly title: string;
  /** What a row is, for the menu the user picks a table from. */
  readonly description: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * The analysis as tidy tables, one idea per table with its own columns, so each opens in a
 * spreadsheet ready to filter and pivot (one row per area × audience, per area × day × part…).
 */
export function csvTables(doc: MapDocument, analysis: GapAnalysis): CsvTable[] {
  const node = (id: string) => doc.nodes[id]?.name ?? id;
  const nodes = (ids: readonly string[]) => ids.map(node).join('; ');
  const areaName = new Map(doc.meta.areas.map((a) => [a.id, a.name]));
  const area = (id: string | null) => (id ? (areaName.get(id) ?? id) : '');
  const audience = new Map(doc.meta.audiences.map((a) => [a.id, a.label]));
  const topic = new Map(doc.meta.helpTopics.map((t) => [t.id, t.label]));
  const criterion = new Map(doc.meta.criteria.map((c) => [c.id, c.label]));
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  const cellText = (c: number) => `${DAYS[cellOf(c).day]} ${cellOf(c).part}`;

  return [
    {
      id: 'findings',
      title: 'Findings',
      description: 'Every finding, strengths first, with the nodes it is about',
      rows: [['Kind', 'Area', 'Finding', 'Nodes', 'Suggested introductions'], ...analysis.findings.map((f) => [FINDING_KIND_TITLES[f.kind], area(f.areaId), f.text, nodes(f.nodeIds), f.introductions.map((i) => i.text).join(' ')])],
    },
    {
      id: 'spaces',
      title: 'Spaces and criteria',
      description: 'One row per space: whether it is safe, each criterion met, what is missing',
      rows: [
        ['Space', 'Area', 'Safe disclosure space', 'Essential criteria missing', ...doc.meta.criteria.map((c) => c.label), 'Core topics with no onward route', 'Out-of-hours times', 'Last checked'],
        ...analysis.spaces.map((e) => [
          node(e.spaceId),
          area(e.areaId),
          yesNo(e.safe),
          e.missingEssential.map((id) => criterion.get(id) ?? id).join('; '),
          ...doc.meta.criteria.map((c) => yesNo(e.met.includes(c.id))),
          e.onward.missingTopicIds.map((id) => topic.get(id) ?? id).join('; '),
          e.outOfHoursCells.map(cellText).join('; '),
          doc.nodes[e.spaceId]?.lastChecked ?? '',
        ]),
      ],
    },
    {
      id: 'coverage',
      title: 'Coverage by area and audience',
      description: 'One row per area × audience: how many safe spaces, gap or fragile',
      rows: [
        ['Area', 'IMD decile', 'Population', 'Need weight', 'Audience', 'Safe spaces', 'Status', 'Spaces'],
        ...analysis.coverage.flatMap((c) => {
          const a = doc.meta.areas.find((x) => x.id === c.areaId);
          return c.cells.map((cell) => [area(c.areaId), a?.imdDecile ?? null, a?.population ?? null, c.needWeight, audience.get(cell.audienceId) ?? cell.audienceId, cell.spaceIds.length, cell.status, nodes(cell.spaceIds)]);
        }),
      ],
    },
    {
      id: 'times',
      title: 'Opening times by area',
      description: 'One row per area × day × part of the day: safe spaces open',
      rows: [['Area', 'Day', 'Part of day', 'Safe spaces open', 'Spaces'], ...analysis.timeGrids.flatMap((g) => g.cells.map((ids, c) => [area(g.areaId), DAYS[cellOf(c).day]!, DAY_PART_LABELS[cellOf(c).part], ids.length, nodes(ids)]))],
    },
    {
      id: 'nearMisses',
      title: 'Near misses',
      description: 'Spaces one or two essentials short, best first, with the gaps each would close',
      rows: [
        ['Rank', 'Space', 'Area', 'Missing', 'Gaps closed', 'Audiences gaining a first safe space', 'Times gaining a safe space', 'Audiences gaining a second'],
        ...analysis.nearMisses.map((m, i) => [i + 1, node(m.spaceId), area(m.areaId), m.missing.map((id) => criterion.get(id) ?? id).join('; '), m.gapsClosed, m.closesCoverage.map((id) => audience.get(id) ?? id).join('; '), m.closesTime.map(cellText).join('; '), m.strengthensCoverage.map((id) => audience.get(id) ?? id).join('; ')]),
      ],
    },
    {
      id: 'onwardRoutes',
      title: 'Onward routes',
      description: 'One row per space × core topic: warm handover, signposting or none',
      rows: [
        ['Space', 'Area', 'Safe disclosure space', 'Core topic', 'Route', 'Organisations'],
        ...analysis.spaces.flatMap((e) => e.onward.coreTopics.map((t) => [node(e.spaceId), area(e.areaId), yesNo(e.safe), topic.get(t.topicId) ?? t.topicId, t.mode ? ROUTE_MODE_LABELS[t.mode] : 'none', nodes(t.organisationIds)])),
      ],
    },
    {
      id: 'groups',
      title: 'Unconnected groups',
      description: 'Isolated nodes, cut-off groups and groups hanging on one link or broker',
      rows: [
        ['Kind', 'Members', 'Size', 'Held by', 'Suggested introductions'],
        ...analysis.network.isolated.map((g) => ['Not connected', node(g.nodeId), 1, '', g.introductions.map((i) => `${node(i.fromId)} → ${node(i.toId)}`).join('; ')]),
        ...analysis.network.cutOff.map((g) => ['Cut off', nodes(g.nodeIds), g.nodeIds.length, '', g.introductions.map((i) => `${node(i.fromId)} → ${node(i.toId)}`).join('; ')]),
        ...analysis.network.hangingOnLink.map((g) => {
          const link = doc.links[g.linkId];
          return ['Hangs on one link', nodes(g.nodeIds), g.nodeIds.length, link ? `${node(link.source)} – ${node(link.target)}` : '', g.introductions.map((i) => `${node(i.fromId)} → ${node(i.toId)}`).join('; ')];
        }),
        ...analysis.network.hangingOnBroker.map((g) => ['Hangs on one broker', nodes(g.nodeIds), g.nodeIds.length, node(g.brokerId), g.introductions.map((i) => `${node(i.fromId)} → ${node(i.toId)}`).join('; ')]),
      ],
    },
    {
      id: 'stale',
      title: 'Details to check',
      description: `Nodes last checked ${plural(analysis.stale.afterMonths, 'month')} ago or more, or never`,
      rows: [['Node', 'Kind', 'Last checked', 'Months ago'], ...[...analysis.stale.stale, ...analysis.stale.neverChecked].map((s) => [node(s.nodeId), doc.nodes[s.nodeId]?.kind ?? '', s.lastChecked ?? 'never', s.ageMonths])],
    },
  ];
}

export function csvTableText(table: CsvTable): string {
  // A byte-order mark, so Excel reads the file as UTF-8 (names with accents and dashes survive).
  return `\uFEFF${toCsv(table.rows)}`;
}
