import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, documentFromSnapshot, runCommand, type MapDocument } from '../../shared/editing';
import type { ImportBatch } from '../../shared/importers/importBatch';
import { planImport } from '../../shared/importers/planImport';
import { readImportFiles, type ImportFile } from '../../shared/importers/readImportFiles';
import { createMapMeta } from '../../shared/model';

export const ORUK_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'oruk3');

export function fixture(...path: string[]): ImportFile {
  return { name: path.at(-1)!, bytes: new Uint8Array(readFileSync(join(ORUK_FIXTURES, ...path))) };
}

export function csvFixtures(): ImportFile[] {
  return readdirSync(join(ORUK_FIXTURES, 'csv')).sort().map((name) => fixture('csv', name));
}

export function emptyMap(): MapDocument {
  return documentFromSnapshot({ map: createMapMeta('Rochdale', new Date('2026-01-01T00:00:00Z'), 'oruk-map'), nodes: [], links: [] });
}

export function mergeBatches(batches: readonly ImportBatch[]): ImportBatch {
  return { elements: batches.flatMap((b) => b.elements), connections: batches.flatMap((b) => b.connections), warnings: batches.flatMap((b) => b.warnings) };
}

/** Reads files, plans them into `doc` and applies the plan as the app does (one command). */
export async function importInto(doc: MapDocument, files: ImportFile[]) {
  const source = await readImportFiles(files);
  const plan = planImport(doc, mergeBatches(source.batches));
  if (plan.nodes.length === 0 && plan.links.length === 0 && !plan.meta) return { doc, plan, source };
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: 'Import' } });
  if (!outcome.ok) throw new Error(outcome.error);
  return { doc: applyPatch(doc, outcome.patch), plan, source };
}
