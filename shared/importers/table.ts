/** One sheet of a spreadsheet (or one CSV file) as text cells, with the file it came from. */
export interface Table {
  readonly fileName: string;
  /** The sheet's name in a workbook; absent for CSV. */
  readonly sheetName?: string;
  readonly headers: readonly string[];
  /** Data rows, without the header row. Row n here is spreadsheet row n + 2. */
  readonly rows: readonly (readonly string[])[];
  /** How a text file was decoded ("UTF-8", "Windows-1252"…); absent for workbooks. */
  readonly encoding?: string;
  /** What the reader had to put right (ragged rows), for the preview to say. */
  readonly notes?: readonly string[];
}

/** A million-row sheet is a mistake, not a map: refuse it before it fills the memory. */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;
export const MAX_CELL_CHARS = 20_000;

/** How the user and our messages name a table: "Kumu.xlsx, sheet Elements" or "elements.csv". */
export function tableName(table: Pick<Table, 'fileName' | 'sheetName'>): string {
  return table.sheetName ? `${table.fileName}, sheet “${table.sheetName}”` : table.fileName;
}

/** Spreadsheet row number (1 = header) of a data row index. */
export function sheetRow(index: number): number {
  return index + 2;
}
