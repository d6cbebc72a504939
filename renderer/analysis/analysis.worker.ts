/// <reference lib="webworker" />
import { documentFromSnapshot } from '../../shared/editing/mapDocument';
import { runGapAnalysis } from '../../shared/analysis/runGapAnalysis';
import { mapSnapshotSchema } from '../../shared/model';
import { analysisRequestSchema, type AnalysisResponse } from './analysisMessages';

/**
 * The gap analysis off the page's thread. Every request is checked, and so is the map in it:
 * the worker trusts nothing it is sent. One request is handled at a time, in order.
 */
self.onmessage = (event: MessageEvent<unknown>) => {
  const request = analysisRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { id, snapshot, options } = request.data;
  let response: AnalysisResponse;
  try {
    const map = mapSnapshotSchema.safeParse(snapshot);
    if (!map.success) throw new Error('The map sent for analysis could not be read.');
    const analysis = runGapAnalysis(documentFromSnapshot(map.data), options);
    response = { type: 'result', id, analysis };
  } catch (error) {
    response = { type: 'error', id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
