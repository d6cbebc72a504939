import type { MapDocument } from '../editing/mapDocument';
import type { SpaceNode } from '../model';
import { coverageByArea } from './coverage';
import { evaluateSpaces } from './criteria';
import { deadEnds } from './deadEnds';
import { buildFindings } from './findings/buildFindings';
import type { GapAnalysis, GapAnalysisOptions } from './gapAnalysis';
import { nearMisses } from './nearMisses';
import { analyseNetwork } from './networkAnalysis';
import { buildNetworkIndex } from './networkIndex';
import { nodeAreas } from './nodeAreas';
import { staleData } from './staleData';
import { strengthsByArea } from './strengths';
import { timeGrids } from './timeGrid';
import { unlinkedTopics } from './topicReach';

/**
 * The whole gap analysis of a map: criteria, coverage, time, near misses, dead ends, who is
 * unconnected, stale details and strengths, then every finding in plain English. Pure and
 * deterministic for a given map and options, so it runs the same in a worker, in a test and
 * in the benchmark.
 */
export function runGapAnalysis(doc: MapDocument, options: GapAnalysisOptions): GapAnalysis {
  const timings: Record<string, number> = {};
  let last = performance.now();
  const time = (stage: string) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
  const staleAfterMonths = options.staleAfterMonths ?? 12;
  const seed = options.seed ?? 1;
  const now = typeof options.now === 'string' ? new Date(options.now) : options.now;
  const { meta } = doc;

  const index = buildNetworkIndex(doc);
  time('index');
  const spaceById = (id: string) => index.nodes[index.indexOf.get(id)!] as SpaceNode;
  const spaces = evaluateSpaces(index, meta);
  time('criteria');
  const coverage = coverageByArea(meta.areas, meta.audiences, spaces, spaceById);
  const grids = timeGrids(meta.areas, spaces);
  const misses = nearMisses(spaces, coverage, grids, spaceById);
  const ends = deadEnds(spaces);
  const unlinked = unlinkedTopics(index, meta.areas, meta.helpTopics, spaces);
  time('coverage, time, near misses, dead ends');
  const areasOf = nodeAreas(index, meta.areas);
  const network = analyseNetwork(index, areasOf, seed, time);
  const stale = staleData(index.nodes, now, staleAfterMonths);
  const strengths = strengthsByArea(meta.areas, index.nodes, areasOf, spaces);
  time('stale and strengths');

  const analysis: Omit<GapAnalysis, 'findings' | 'timings'> = {
    mapId: meta.id,
    mapName: meta.name,
    generatedAt: now.toISOString(),
    options: { staleAfterMonths, seed },
    spaces,
    coverage,
    timeGrids: grids,
    nearMisses: misses,
    deadEnds: ends,
    unlinkedTopics: unlinked,
    network,
    stale,
    strengths,
  };
  const findings = buildFindings(doc, analysis);
  time('findings');
  return { ...analysis, findings, timings };
}
