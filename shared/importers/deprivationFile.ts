import { FileProblem } from '../files/fileProblem';
import { sheetRow, tableName, type Table } from './table';

/** One LSOA as the English Indices of Deprivation give it. */
export interface LsoaFigures {
  readonly code: string;
  readonly name: string;
  /** IMD decile, 1 = most deprived tenth of England's LSOAs. */
  readonly decile: number;
  /** Null when the file has no population column (File 1 of the release). */
  readonly population: number | null;
}

export interface DeprivationFile {
  readonly table: Table;
  /** "IoD2019" (2011 LSOAs, mid-2015 population) or "IoD2025" (2021 LSOAs, mid-2022 population). */
  readonly edition: string;
  readonly lsoaYear: '2011' | '2021' | 'unknown';
  readonly byCode: ReadonlyMap<string, LsoaFigures>;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const find = (headers: readonly string[], test: (h: string) => boolean) => headers.findIndex((h) => test(norm(h)));

/** The columns of the published layouts: "LSOA code (2011)"/"(2021)", the IMD decile, "Total population: mid 2015 (excluding prisoners)"/"mid 2022". */
function columnsOf(table: Table) {
  const code = find(table.headers, (h) => /^lsoa code( \((2011|2021)\))?$/.test(h) || /^lsoa(11|21)cd$/.test(h));
  const name = find(table.headers, (h) => /^lsoa name( \((2011|2021)\))?$/.test(h) || /^lsoa(11|21)nm$/.test(h));
  const decile = find(table.headers, (h) => /^index of multiple deprivation \(imd\) decile/.test(h));
  const population = find(table.headers, (h) => /^total population: mid \d{4}/.test(h));
  return { code, name, decile, population };
}

/** Whether a table is in the Indices of Deprivation's layout (it has LSOA codes and the IMD decile). */
export function isDeprivationTable(table: Table): boolean {
  const c = columnsOf(table);
  return c.code >= 0 && c.decile >= 0;
}

/**
 * Reads the English Indices of Deprivation at LSOA level: File 7 ("All IoD scores, ranks,
 * deciles and population denominators") of the 2019 or 2025 release, or File 1 (deciles only,
 * no population). Every row must have an LSOA code and a decile from 1 to 10.
 */
export function readDeprivationTable(table: Table): DeprivationFile {
  const c = columnsOf(table);
  const where = tableName(table);
  if (c.code < 0 || c.decile < 0) throw new FileProblem(where, 'it is not in the Indices of Deprivation layout: it needs an “LSOA code” column and an “Index of Multiple Deprivation (IMD) Decile” column.');
  const codeHeader = table.headers[c.code]!;
  const lsoaYear = /2011|11cd/i.test(codeHeader) ? '2011' : /2021|21cd/i.test(codeHeader) ? '2021' : 'unknown';
  const populationHeader = c.population >= 0 ? table.headers[c.population]! : '';
  const edition = /mid 2022/i.test(populationHeader) || lsoaYear === '2021' ? 'IoD2025' : 'IoD2019';
  const byCode = new Map<string, LsoaFigures>();
  table.rows.forEach((row, index) => {
    const code = (row[c.code] ?? '').trim().toUpperCase();
    if (!code) return;
    const problem = (field: number, detail: string) => new FileProblem(table.fileName, detail, { ...(table.sheetName ? { record: `sheet “${table.sheetName}”` } : {}), row: sheetRow(index), field: table.headers[field]! });
    const decileText = (row[c.decile] ?? '').trim();
    const decile = Number(decileText);
    if (!Number.isInteger(decile) || decile < 1 || decile > 10) throw problem(c.decile, `“${decileText.slice(0, 20)}” is not a decile: use a whole number from 1 to 10.`);
    let population: number | null = null;
    if (c.population >= 0) {
      const text = (row[c.population] ?? '').replace(/,/g, '').trim();
      population = Number(text);
      if (!text || !Number.isFinite(population) || population < 0 || population > 1_000_000) throw problem(c.population, `“${text.slice(0, 20)}” is not a population.`);
      population = Math.round(population);
    }
    byCode.set(code, { code, name: c.name >= 0 ? (row[c.name] ?? '').trim() : '', decile, population });
  });
  if (byCode.size === 0) throw new FileProblem(where, 'it has no LSOA rows.');
  return { table, edition, lsoaYear, byCode };
}
