import { readFileSync } from 'node:fs';
import { applyPatch, documentFromSnapshot, runCommand, type MapDocument } from '../../shared/editing';
import { suggestPlan, type TablePlan } from '../../shared/importers/columnMapping';
import { planImport, type ImportPlan } from '../../shared/importers/planImport';
import { readImportFiles, type ImportFile, type ImportSource } from '../../shared/importers/readImportFiles';
import { rowsToBatch } from '../../shared/importers/rowsToBatch';
import { createMapMeta } from '../../shared/model';

export const enc = (text: string) => new TextEncoder().encode(text);
export const fixture = (name: string): ImportFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url))) });
export const emptyDoc = (): MapDocument => documentFromSnapshot({ map: createMapMeta('Import target', new Date('2026-01-01T00:00:00Z'), 'target'), nodes: [], links: [] });

/**
 * Reads files as the import dialog does, lets a test adjust each table's plan as a user would
 * in the preview, then plans the import and applies it as one command.
 */
export async function importFiles(doc: MapDocument, files: ImportFile[], adjust: (plan: TablePlan) => TablePlan = (p) => p): Promise<{ source: ImportSource; plan: ImportPlan; doc: MapDocument }> {
  const source = await readImportFiles(files);
  const batch = rowsToBatch(source.tables.map((t) => adjust(suggestPlan(t))));
  const all = [batch, ...source.batches];
  const plan = planImport(doc, { elements: all.flatMap((b) => b.elements), connections: all.flatMap((b) => b.connections), warnings: all.flatMap((b) => b.warnings) }, { seed: 1, sourceName: files.map((f) => f.name).join(', ') });
  // Identical data changes nothing: there is no command to run (the app says "nothing has changed").
  if (plan.nodes.length === 0 && plan.links.length === 0 && !plan.meta) return { source, plan, doc };
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: 'Import' } });
  if (!outcome.ok) throw new Error(outcome.error);
  return { source, plan, doc: applyPatch(doc, outcome.patch) };
}

export const byName = (doc: MapDocument, name: string) => Object.values(doc.nodes).find((n) => n.name === name)!;
