import writeXlsxFile from 'write-excel-file/universal';
import type { MapSnapshot } from '../model';
import { mapToKumuTables, type PlainTable } from './kumuTables';
import { protectCell } from './spreadsheetSafety';

function sheetData(table: PlainTable) {
  const header = table.headers.map((h) => ({ value: protectCell(h), fontWeight: 'bold' as const }));
  // Empty cells are left out altogether: an empty string cell is not valid in every reader.
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? { value: cell, type: Number } : cell === '' ? null : { value: protectCell(cell), type: String })));
  return [header, ...rows];
}

/** The map as one Excel workbook in Kumu's layout: sheets "Elements" and "Connections". */
export async function mapToKumuXlsx(snapshot: MapSnapshot): Promise<Uint8Array> {
  const tables = mapToKumuTables(snapshot);
  const blob = await writeXlsxFile(
    tables.map((t) => ({ sheet: t.name, data: sheetData(t) as never, stickyRowsCount: 1 })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
