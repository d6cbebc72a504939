import { sheetRow } from './table';

/**
 * Rows with more or fewer cells than the header, in words for the preview. Extra cells are
 * left out (they have no column to go in), missing ones read as empty; either way the user is
 * told which rows, so a shifted row is found before it is imported.
 */
export function describeRaggedRows(fileName: string, headerCount: number, rows: readonly (readonly string[])[]): string[] {
  const long: number[] = [];
  const short: number[] = [];
  rows.forEach((row, index) => {
    const filled = lastFilled(row);
    if (row.length > headerCount && filled > headerCount) long.push(sheetRow(index));
    else if (row.length < headerCount && row.length > 0) short.push(sheetRow(index));
  });
  const out: string[] = [];
  if (long.length) out.push(`${fileName}: ${rowList(long)} ${long.length === 1 ? 'has' : 'have'} more cells than the header’s ${headerCount} columns; the extra cells are left out. Check for a stray comma in ${long.length === 1 ? 'that row' : 'those rows'}.`);
  if (short.length) out.push(`${fileName}: ${rowList(short)} ${short.length === 1 ? 'has' : 'have'} fewer cells than the header’s ${headerCount} columns; the missing cells are read as empty.`);
  return out;
}

function lastFilled(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if ((row[i] ?? '').trim() !== '') return i + 1;
  return 0;
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).map((r) => r.toLocaleString('en-GB'));
  const more = rows.length - shown.length;
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return `${rows.length === 1 ? 'row' : 'rows'} ${list}${more > 0 ? ` (and ${more.toLocaleString('en-GB')} more)` : ''}`;
}
