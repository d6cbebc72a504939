import Papa from 'papaparse';
import type { MapSnapshot } from '../model';
import { mapToKumuTables, type PlainTable } from './kumuTables';
import { protectCell } from './spreadsheetSafety';

/** A table as CSV text, UTF-8 with a byte-order mark so Excel reads accents correctly. */
export function tableToCsv(table: PlainTable): string {
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : protectCell(cell))));
  return `\uFEFF${Papa.unparse({ fields: table.headers.map(protectCell), data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** The map as Kumu's two CSV files: elements and connections. */
export function mapToKumuCsv(snapshot: MapSnapshot): { elements: string; connections: string } {
  const [elements, connections] = mapToKumuTables(snapshot);
  return { elements: tableToCsv(elements), connections: tableToCsv(connections) };
}
