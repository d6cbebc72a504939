import { mapToGexf } from '../../shared/exporters/gexf';
import { mapToGraphml } from '../../shared/exporters/graphml';
import { mapToKumuCsv } from '../../shared/exporters/kumuCsv';
import { mapToKumuXlsx } from '../../shared/exporters/kumuXlsx';
import { mapToSvg } from '../../shared/exporters/mapSvg';
import { mapFileName } from '../../shared/files/writeMapFile';
import type { MapSnapshot } from '../../shared/model';
import { saveFile, type FileToSave } from '../platform/saveFile';
import { svgToPng } from './svgToPng';

export const EXPORT_FORMATS = [
  { id: 'kumuXlsx', label: 'Kumu spreadsheet (Excel)', hint: 'One workbook with Elements and Connections sheets. Import it into Kumu, or edit it and import it back here.' },
  { id: 'kumuCsv', label: 'Kumu spreadsheets (two CSV files)', hint: 'Elements and connections as two CSV files, for Kumu or any spreadsheet.' },
  { id: 'gexf', label: 'Gephi (GEXF)', hint: 'For network analysis in Gephi, with kinds, tags and positions.' },
  { id: 'graphml', label: 'GraphML', hint: 'For yEd, Cytoscape, NetworkX and other network tools.' },
  { id: 'svg', label: 'Picture (SVG)', hint: 'The whole map as a picture that stays sharp at any size, for reports.' },
  { id: 'png', label: 'Picture (PNG)', hint: 'The whole map as an image for slides and emails.' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** The files an export makes: most formats are one file, Kumu CSV is two. */
export async function exportFiles(snapshot: MapSnapshot, format: ExportFormat, options: { nodeIds?: ReadonlySet<string> } = {}): Promise<FileToSave[]> {
  const base = mapFileName(snapshot.map.name).replace(/\.ghmap$/, '');
  switch (format) {
    case 'kumuXlsx':
      return [{ suggestedName: `${base}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contents: await mapToKumuXlsx(snapshot) }];
    case 'kumuCsv': {
      const csv = mapToKumuCsv(snapshot);
      return [
        { suggestedName: `${base} - elements.csv`, mimeType: 'text/csv', contents: csv.elements },
        { suggestedName: `${base} - connections.csv`, mimeType: 'text/csv', contents: csv.connections },
      ];
    }
    case 'gexf':
      return [{ suggestedName: `${base}.gexf`, mimeType: 'application/gexf+xml', contents: mapToGexf(snapshot) }];
    case 'graphml':
      return [{ suggestedName: `${base}.graphml`, mimeType: 'application/graphml+xml', contents: mapToGraphml(snapshot) }];
    case 'svg':
      return [{ suggestedName: `${base}.svg`, mimeType: 'image/svg+xml', contents: mapToSvg(snapshot, options).svg }];
    case 'png': {
      const { svg, width, height } = mapToSvg(snapshot, options);
      return [{ suggestedName: `${base}.png`, mimeType: 'image/png', contents: await svgToPng(svg, width, height) }];
    }
  }
}

/** Exports and saves; resolves to how many files were saved (0 if the user cancelled). */
export async function runExport(snapshot: MapSnapshot, format: ExportFormat, options: { nodeIds?: ReadonlySet<string> } = {}): Promise<number> {
  let saved = 0;
  for (const file of await exportFiles(snapshot, format, options)) {
    if ((await saveFile(file)) === 'cancelled') break;
    saved++;
  }
  return saved;
}

/** The nodes drawn on screen now: the canvas renders only visible nodes, so the DOM knows. */
export function nodesOnScreen(): Set<string> {
  return new Set([...document.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')].map((el) => el.dataset.id!));
}
