import { plural } from '../words';
import { analysisSummary } from '../summary';
import type { MapDocument } from '../../editing/mapDocument';
import { DAYS } from '../../model';
import { countFindings, FINDING_KIND_TITLES, FINDING_KINDS, STRENGTH_KINDS, type Finding } from '../findings/finding';
import type { GapAnalysis } from '../gapAnalysis';
import type { AreaTimeGrid } from '../timeGrid';
import { DAY_PART_LABELS, DAY_PARTS } from '../timeOfDay';
import { escapeHtml as e } from './escapeHtml';
import { REPORT_CSS } from './reportStyles';

const STATUS_WORDS = { gap: 'None', fragile: 'One (fragile)', covered: 'Two or more' } as const;

function findingList(findings: readonly Finding[], className = 'findings'): string {
  if (!findings.length) return '';
  const items = findings.map((f) => {
    const intros = f.introductions.length ? `<ul class="intros">${f.introductions.map((i) => `<li>${e(i.text)}</li>`).join('')}</ul>` : '';
    return `<li>${e(f.text)}${intros}</li>`;
  });
  return `<ul class="${className}">${items.join('')}</ul>`;
}

function timeGridTable(grid: AreaTimeGrid, areaName: string, node: (id: string) => string): string {
  const head = `<tr><th scope="col">Day</th>${DAY_PARTS.map((p) => `<th scope="col">${DAY_PART_LABELS[p]}</th>`).join('')}</tr>`;
  const rows = DAYS.map((day, d) => {
    const cells = DAY_PARTS.map((_, p) => {
      const ids = grid.cells[d * 3 + p] ?? [];
      const level = Math.min(ids.length, 3);
      const label = ids.length === 0 ? 'None' : String(ids.length);
      const names = ids.length ? `<span class="names">${e(ids.map(node).join(', '))}</span>` : '';
      return `<td class="c${level}">${label}${names}</td>`;
    });
    return `<tr><th scope="row">${day}</th>${cells.join('')}</tr>`;
  });
  return `<table class="grid"><caption class="key">Safe spaces open in ${e(areaName)}, by day and part of the day</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The gap analysis as one self-contained HTML page: inline styles, no scripts, nothing fetched,
 * every string from the map escaped. It leads with strengths, then each area (coverage, a time
 * grid as a heat map, its findings), then the map-wide findings by kind; it prints to A4 with
 * each area on its own page.
 */
export function htmlReport(doc: MapDocument, analysis: GapAnalysis): string {
  const node = (id: string) => doc.nodes[id]?.name ?? id;
  const audience = new Map(doc.meta.audiences.map((a) => [a.id, a.label]));
  const when = new Date(analysis.generatedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const glance = analysisSummary(analysis);
  const gaps = analysis.findings.filter((f) => !STRENGTH_KINDS.has(f.kind));
  const summary = [
    [glance.spaces, glance.spaces === 1 ? 'space on the map' : 'spaces on the map'],
    [glance.safe, glance.safe === 1 ? 'safe disclosure space' : 'safe disclosure spaces'],
    [glance.nearlySafe, 'nearly safe (one or two steps away)'],
    [analysis.network.nodeCount, analysis.network.nodeCount === 1 ? 'node' : 'nodes'],
    [analysis.network.linkCount, analysis.network.linkCount === 1 ? 'link' : 'links'],
  ];

  const areaSections = doc.meta.areas.map((area) => {
    const coverage = analysis.coverage.find((c) => c.areaId === area.id);
    const grid = analysis.timeGrids.find((g) => g.areaId === area.id);
    const need = [area.imdDecile !== undefined ? `IMD decile ${area.imdDecile}` : '', area.population ? `${area.population.toLocaleString('en-GB')} people` : ''].filter(Boolean).join(' · ');
    const coverageTable = coverage
      ? `<table><caption class="key">Safe disclosure spaces by audience</caption><thead><tr><th scope="col">Audience</th><th scope="col">Safe spaces</th><th scope="col">Which</th></tr></thead><tbody>${coverage.cells
          .map((c) => `<tr><th scope="row">${e(audience.get(c.audienceId) ?? c.audienceId)}</th><td class="status-${c.status}">${STATUS_WORDS[c.status]}</td><td>${e(c.spaceIds.map(node).join(', '))}</td></tr>`)
          .join('')}</tbody></table>`
      : '';
    const areaFindings = analysis.findings.filter((f) => f.areaId === area.id);
    return `<section class="area"><h2>${e(area.name)}</h2>${need ? `<p class="meta">${e(need)}</p>` : ''}
<h3>Strengths</h3>${findingList(areaFindings.filter((f) => STRENGTH_KINDS.has(f.kind)), 'findings strengths') || '<p>Nothing recorded yet.</p>'}
<h3>Gaps and opportunities</h3>${findingList(areaFindings.filter((f) => !STRENGTH_KINDS.has(f.kind))) || '<p>No gaps found.</p>'}
<h3>When a safe space is open</h3>${grid ? timeGridTable(grid, area.name, node) : ''}
<p class="key">Key: <span>None</span> no safe space open (a gap) · <span>1</span> one · <span>2</span> two · <span>3</span> three or more. Names of the spaces are in each cell.</p>
<h3>Who is welcome</h3>${coverageTable}</section>`;
  });

  const mapWide = FINDING_KINDS.filter((k) => !STRENGTH_KINDS.has(k))
    .map((kind) => {
      const list = gaps.filter((f) => f.kind === kind && f.areaId === null);
      return list.length ? `<h3>${e(FINDING_KIND_TITLES[kind])} (${countFindings(list)})</h3>${findingList(list)}` : '';
    })
    .join('');

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gap analysis: ${e(doc.meta.name)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Gap analysis: ${e(doc.meta.name)}</h1>
<p class="meta">Where and when there is nowhere safe to ask for help, and who is not yet connected. Made with Good Help Map on ${e(when)}. A space is a safe disclosure space when it meets every essential criterion: ${e(doc.meta.criteria.filter((c) => c.essential).map((c) => c.label).join('; '))}.</p>
<ul class="summary">${summary.map(([n, label]) => `<li><strong>${Number(n).toLocaleString('en-GB')}</strong>${e(String(label))}</li>`).join('')}</ul>
</header>
<section><h2>Strengths</h2>${findingList(analysis.findings.filter((f) => STRENGTH_KINDS.has(f.kind)), 'findings strengths') || '<p>Nothing recorded yet.</p>'}</section>
<section><h2>Across the whole map</h2>${mapWide || '<p>No gaps found across the map.</p>'}</section>
${areaSections.join('\n')}
<footer>Details last checked ${plural(analysis.stale.afterMonths, 'month')} ago or more are listed under “Details to check again”. This report was made from the map as it stood on ${e(when)}; the map itself is the place to keep it up to date.</footer>
</body>
</html>
`;
}
