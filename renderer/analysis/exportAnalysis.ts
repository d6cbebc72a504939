import { csvTables, csvTableText, type CsvTableId } from '../../shared/analysis/report/csvTables';
import { htmlReport } from '../../shared/analysis/report/htmlReport';
import type { EditorController } from '../state/editorController';
import { saveFile } from '../platform/saveFile';
import type { AnalysisService } from './analysisService';

function fileSafe(name: string): string {
  // Characters file systems refuse, and control characters, become spaces or go.
  const printable = [...name].filter((c) => c >= ' ').join('');
  return printable.replace(/[<>:"/\\|?*]/g, ' ').replace(/\s+/g, ' ').trim() || 'Map';
}

async function save(controller: EditorController, file: Parameters<typeof saveFile>[0]): Promise<void> {
  try {
    const outcome = await saveFile(file);
    if (outcome === 'saved') controller.notify('info', `Saved “${file.suggestedName}”.`);
  } catch (error) {
    controller.notify('error', `${error instanceof Error ? error.message : String(error)}. Try another folder, or check there is free disk space.`);
  }
}

/** Saves the printable HTML report of the map as it is now. */
export async function exportReport(controller: EditorController, service: AnalysisService): Promise<void> {
  const now = service.analyseNow();
  if (!now) return;
  await save(controller, { suggestedName: `${fileSafe(now.doc.meta.name)} – gap analysis.html`, mimeType: 'text/html', contents: htmlReport(now.doc, now.analysis) });
}

/** Saves one of the analysis tables as a CSV file. */
export async function exportTable(controller: EditorController, service: AnalysisService, id: CsvTableId): Promise<void> {
  const now = service.analyseNow();
  if (!now) return;
  const table = csvTables(now.doc, now.analysis).find((t) => t.id === id);
  if (!table) return;
  await save(controller, { suggestedName: `${fileSafe(now.doc.meta.name)} – ${table.title.toLowerCase()}.csv`, mimeType: 'text/csv', contents: csvTableText(table) });
}
