import Papa from 'papaparse';
import { unprotectCell } from '../exporters/spreadsheetSafety';
import { decodeTextReporting } from '../files/fileBytes';
import { FileProblem } from '../files/fileProblem';
import { describeRaggedRows } from './raggedRows';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, type Table } from './table';

/**
 * A CSV file as a table. The delimiter is detected (Excel in many locales writes `;`), the
 * first non-empty row is the header, and limits are enforced while parsing so a huge file is
 * refused early. A quote that is never closed would swallow the rest of the file into one
 * cell, so it stops the import naming the line; rows with more or fewer cells than the header
 * are read and listed in the table's notes for the preview; the encoding used is recorded.
 */
export function readCsv(fileName: string, bytes: Uint8Array): Table {
  const decoded = decodeTextReporting(fileName, bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let tooMany = false;
  let unclosedAt: number | null = null;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (rows.length > MAX_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      const quote = result.errors.find((e) => e.code === 'MissingQuotes');
      if (quote && unclosedAt === null) unclosedAt = quote.index ?? result.meta.cursor;
      rows.push(result.data.map((cell) => String(cell ?? '')));
    },
  });
  if (tooMany) throw new FileProblem(fileName, `it has more than ${MAX_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files and import them one after another.`);
  if (unclosedAt !== null) {
    const line = lineOf(text, unclosedAt);
    throw new FileProblem(
      fileName,
      `a quote mark (") on line ${line.toLocaleString('en-GB')} opens a cell that is never closed, so everything after it would be read as one cell. Close the quote (or remove it) in that line and import again.`,
    );
  }
  const table = toTable(fileName, undefined, rows);
  const ragged = describeRaggedRows(fileName, table.headers.length, rows.slice(1));
  const notes = [...(decoded.encoding === 'Windows-1252' ? [WINDOWS_1252_NOTE] : []), ...ragged];
  return { ...table, encoding: decoded.encoding, ...(notes.length ? { notes } : {}) };
}

const WINDOWS_1252_NOTE =
  'This file is not UTF-8, so it was read as Windows-1252 (what older Excel saves as “CSV” in the UK). If letters such as £, é or ’ look wrong below, save it from Excel as “CSV UTF-8” and import that instead.';

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
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
