import Papa from 'papaparse';
import { unprotectCell } from '../exporters/spreadsheetSafety';
import { decodeText } from '../files/fileBytes';
import { FileProblem } from '../files/fileProblem';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, type Table } from './table';

/**
 * A CSV file as a table. The delimiter is detected (Excel in many locales writes `;`), the
 * first non-empty row is the header, and limits are enforced while parsing so a huge file is
 * refused early.
 */
export function readCsv(fileName: string, bytes: Uint8Array): Table {
  const text = decodeText(fileName, bytes).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let tooMany = false;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (rows.length > MAX_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push(result.data.map((cell) => String(cell ?? '')));
    },
  });
  if (tooMany) throw new FileProblem(fileName, `it has more than ${MAX_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files and import them one after another.`);
  return toTable(fileName, undefined, rows);
}

/**
 * Trims cells, checks limits and splits off the header row. Spreadsheet cells lose the
 * apostrophe our exports put before formula-like text; other sources (XML, JSON) never had one.
 */
export function toTable(fileName: string, sheetName: string | undefined, rows: readonly (readonly string[])[], options: { fromSpreadsheet?: boolean } = {}): Table {
  const unprotect = options.fromSpreadsheet === false ? (cell: string) => cell : unprotectCell;
  const where = sheetName ? { record: `sheet “${sheetName}”` } : undefined;
  if (rows.length === 0) throw new FileProblem(fileName, 'it has no rows.', where);
  if (rows.length > MAX_ROWS + 1) throw new FileProblem(fileName, `it has more than ${MAX_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files.`, where);
  const headers = rows[0]!.map((h) => unprotect(h.trim()));
  if (headers.length > MAX_COLUMNS) throw new FileProblem(fileName, `it has ${headers.length} columns; at most ${MAX_COLUMNS} can be imported.`, where);
  const data = rows.slice(1).map((row, i) =>
    headers.map((header, c) => {
      const cell = unprotect((row[c] ?? '').trim());
      if (cell.length > MAX_CELL_CHARS) {
        throw new FileProblem(fileName, `this cell has more than ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters.`, { ...where, row: i + 2, field: header || `column ${c + 1}` });
      }
      return cell;
    }),
  );
  return { fileName, ...(sheetName ? { sheetName } : {}), headers, rows: data };
}
