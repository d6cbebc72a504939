// Node-side figures for the full gap analysis on generated maps, made realistic enough to
// exercise every stage: areas, audiences, topics, criteria, sessions and referrals.
import { runGapAnalysis } from '../shared/analysis/runGapAnalysis';
import { documentFromSnapshot } from '../shared/editing';
import { DEFAULT_AUDIENCES, DEFAULT_CRITERIA, DEFAULT_HELP_TOPICS, mapSnapshotSchema } from '../shared/model';
import { seededRandom } from '../shared/network/seededRandom';
import { generateSnapshot } from './generateMap.mjs';

interface RawNode { id: string; kind: string; [key: string]: unknown }
interface RawSnapshot { map: Record<string, unknown>; nodes: RawNode[]; links: Record<string, unknown>[] }

export function analysisMap(nodes: number, links: number) {
  const raw = generateSnapshot({ nodes, links, seed: 11 }) as RawSnapshot;
  const random = seededRandom(5);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], p: number) => list.filter(() => random() < p);
  const areas = Array.from({ length: Math.max(4, Math.round(nodes / 250)) }, (_, i) => ({ id: `area${i}`, name: `Area ${i + 1}`, imdDecile: 1 + (i % 10), population: 8000 + i * 100 }));
  const areaIds = areas.map((a) => a.id);
  const topicIds = DEFAULT_HELP_TOPICS.map((t) => t.id);
  const ticked = DEFAULT_CRITERIA.filter((c) => !c.derived).map((c) => c.id);
  raw.map = { ...raw.map, areas, audiences: DEFAULT_AUDIENCES, helpTopics: DEFAULT_HELP_TOPICS, criteria: DEFAULT_CRITERIA };
  raw.nodes = raw.nodes.map((n, i) => {
    const area = areaIds[Math.floor((i / nodes) * areaIds.length)]!;
    const lastChecked = `202${3 + Math.floor(random() * 4)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    if (n.kind === 'space') {
      const sessions = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const start = 8 + Math.floor(random() * 11);
        return { day: Math.floor(random() * 7), start: `${String(start).padStart(2, '0')}:00`, end: `${String(Math.min(23, start + 2 + Math.floor(random() * 4))).padStart(2, '0')}:00` };
      });
      return { ...n, areaId: area, sessions, audiences: [pick(DEFAULT_AUDIENCES).id, pick(DEFAULT_AUDIENCES).id], criteriaMet: some(ticked, 0.85), lastChecked };
    }
    if (n.kind === 'organisation') return { ...n, helpTopics: some(topicIds, 0.3), areasServed: random() < 0.2 ? areaIds : [area], lastChecked };
    if (n.kind === 'person') return { ...n, isAdvocate: random() < 0.2, skills: some(['listening', 'benefits', 'youth work', 'digital help'], 0.3), lastChecked };
    return { ...n, lastChecked };
  });
  return documentFromSnapshot(mapSnapshotSchema.parse(raw));
}

/**
 * Two figures: the first analysis of a map (nothing reused; a different seed each run, so the
 * whole-network measures are worked out afresh), and the analysis after an edit that leaves
 * the network's shape alone (renaming a node), which reuses communities and betweenness.
 */
export function benchAnalysis(nodes: number, links: number): { coldMs: number; editMs: number; timings: Record<string, number>; findings: number } {
  const doc = analysisMap(nodes, links);
  runGapAnalysis(doc, { now: '2026-06-01', seed: 100 }); // warm the JIT
  const runs = 5;
  let cold = 0;
  let last = runGapAnalysis(doc, { now: '2026-06-01', seed: 101 });
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = runGapAnalysis(doc, { now: '2026-06-01', seed: i + 1 });
    cold += performance.now() - t;
  }
  let edit = 0;
  const first = Object.values(doc.nodes)[0]!;
  for (let i = 0; i < runs; i++) {
    const edited = { ...doc, nodes: { ...doc.nodes, [first.id]: { ...first, name: `Renamed ${i}` } } };
    const t = performance.now();
    runGapAnalysis(edited, { now: '2026-06-01', seed: runs });
    edit += performance.now() - t;
  }
  return { coldMs: cold / runs, editMs: edit / runs, timings: last.timings as Record<string, number>, findings: last.findings.length };
}
