import { z } from 'zod';
import { FINDING_KINDS } from '../../shared/analysis/findings/finding';
import type { GapAnalysis } from '../../shared/analysis/gapAnalysis';

/** What the page asks the analysis worker: analyse this map with these options. */
export const analysisRequestSchema = z.object({
  type: z.literal('analyse'),
  id: z.number().int(),
  snapshot: z.unknown(),
  options: z.object({ now: z.string(), staleAfterMonths: z.number().int().min(1).max(240), seed: z.number().int() }),
});
export type AnalysisRequest = z.infer<typeof analysisRequestSchema>;

const findingSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  areaId: z.string().nullable(),
  text: z.string(),
  label: z.string(),
  nodeIds: z.array(z.string()),
  linkIds: z.array(z.string()),
  introductions: z.array(z.object({ fromId: z.string(), toId: z.string(), linkType: z.string(), text: z.string() })),
});

/**
 * What comes back. The findings, which the panel shows and acts on, are checked field by field;
 * the tables behind them are checked for shape, as the worker is our own code and their
 * contents come from the validated map.
 */
export const analysisResponseSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    id: z.number().int(),
    analysis: z.looseObject({
      mapId: z.string(),
      mapName: z.string(),
      generatedAt: z.string(),
      spaces: z.array(z.unknown()),
      coverage: z.array(z.unknown()),
      timeGrids: z.array(z.looseObject({ areaId: z.string(), cells: z.array(z.array(z.string())).length(21), gaps: z.array(z.number()) })),
      nearMisses: z.array(z.unknown()),
      deadEnds: z.array(z.unknown()),
      network: z.looseObject({ nodeCount: z.number(), linkCount: z.number() }),
      stale: z.looseObject({ afterMonths: z.number() }),
      strengths: z.array(z.unknown()),
      findings: z.array(findingSchema),
      timings: z.record(z.string(), z.number()),
    }),
  }),
  z.object({ type: z.literal('error'), id: z.number().int(), message: z.string() }),
]);
export type AnalysisResponse = { type: 'result'; id: number; analysis: GapAnalysis } | { type: 'error'; id: number; message: string };
