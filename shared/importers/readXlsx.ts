import readXlsxFile from 'read-excel-file/universal';
import { checkSize, sniffKind } from '../files/fileBytes';
import { FileProblem } from '../files/fileProblem';
import { toTable } from './readCsv';
import type { Table } from './table';

/** Every non-empty sheet of an Excel workbook (.xlsx) as a table. */
export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<Table[]> {
  checkSize(fileName, bytes);
  if (sniffKind(bytes) !== 'zip') {
    throw new FileProblem(fileName, 'it is not an Excel workbook (.xlsx). Older .xls files need saving as .xlsx or CSV first.');
  }
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = await readXlsxFile(buffer);
  } catch {
    // The library's own words ("Couldn't unzip…") mean nothing to the person importing.
    throw new FileProblem(fileName, 'the workbook is damaged: it looks like an Excel file, but its sheets cannot be read. Open it in Excel and save it again (or save it as CSV), then import that.');
  }
  const tables: Table[] = [];
  for (const { sheet, data } of sheets) {
    const rows = data.map((row) => row.map(cellText)).filter((row) => row.some((c) => c.trim() !== ''));
    if (rows.length === 0) continue;
    tables.push(toTable(fileName, sheet, rows));
  }
  if (tables.length === 0) throw new FileProblem(fileName, 'every sheet in it is empty.');
  return tables;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}
