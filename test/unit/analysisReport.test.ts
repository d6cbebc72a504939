import { describe, expect, it } from 'vitest';
import { csvTables, csvTableText, htmlReport, runGapAnalysis } from '../../shared/analysis';
import { toCsv } from '../../shared/analysis/report/csv';
import { ALL_SAFE, mapBuilder, session, withHelpDesk } from './analysisFixtures';

const ATTACK = '<script>alert(1)</script>';
function hostileMap() {
  return withHelpDesk(mapBuilder({ name: `Map "${ATTACK}"` }))
    .node('space', 'N1', { name: ATTACK, areaId: 'north', criteriaMet: ALL_SAFE, audiences: ['everyone'], sessions: [session(0, '09:00', '17:00')] })
    .node('space', 'N2', { name: '=HYPERLINK("http://example.com")', areaId: 'north', criteriaMet: ALL_SAFE.slice(1), audiences: ['everyone'], sessions: [session(1, '18:00', '20:00')] })
    .node('organisation', 'iso', { name: `<img src=x onerror=alert(2)>`, helpTopics: ['food'], areasServed: ['north'] })
    .link('N1', 'desk', 'refersTo', 'warmHandover')
    .doc();
}

describe('the HTML report', () => {
  const doc = hostileMap();
  const html = htmlReport(doc, runGapAnalysis(doc, { now: '2026-06-01' }));

  it('escapes every string from the map', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Gap analysis: Map &quot;&lt;script&gt;');
  });

  it('stands alone: inline styles, no scripts, nothing fetched', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<[^>]*\b(src|href)=|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('leads with strengths, has a heat-map table per area with text in every cell, and prints by area', () => {
    expect(html.indexOf('<h2>Strengths</h2>')).toBeLessThan(html.indexOf('<h2>North</h2>'));
    const grids = html.match(/<table class="grid">[\s\S]*?<\/table>/g)!;
    expect(grids).toHaveLength(2);
    expect(grids[0]).toContain('<th scope="row">Monday</th><td class="c1">1<span class="names">&lt;script&gt;');
    expect(grids[0]!.match(/<td class="c0">None<\/td>/g)).toHaveLength(19);
    expect(html).toMatch(/@media print \{[\s\S]*section\.area \{ break-before: page; \}/);
  });
});

describe('CSV tables', () => {
  const doc = hostileMap();
  const tables = csvTables(doc, runGapAnalysis(doc, { now: '2026-06-01' }));

  it('quotes cells and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=1+1', '-2', 3, null]])).toBe('"a,b","say ""hi""",\'=1+1,\'-2,3,\r\n');
    const spaces = csvTableText(tables.find((t) => t.id === 'spaces')!);
    expect(spaces.startsWith('\uFEFFSpace,Area,Safe disclosure space')).toBe(true);
    expect(spaces).toContain(`"'=HYPERLINK(""http://example.com"")",North,no`);
  });

  it('has one tidy table per idea: a row per area × audience, per area × day × part', () => {
    expect(tables.map((t) => t.id)).toEqual(['findings', 'spaces', 'coverage', 'times', 'nearMisses', 'onwardRoutes', 'groups', 'stale']);
    expect(tables.find((t) => t.id === 'coverage')!.rows).toHaveLength(1 + 2 * 10);
    const times = tables.find((t) => t.id === 'times')!.rows;
    expect(times).toHaveLength(1 + 2 * 21);
    expect(times[1]).toEqual(['North', 'Monday', 'Morning', 1, ATTACK]);
  });
});
