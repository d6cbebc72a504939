import { FileProblem } from '../files/fileProblem';
import { tableName, type Table } from './table';

/**
 * A lookup from LSOAs to the map's areas — ONS's "LSOA to Electoral Ward" best-fit lookup
 * (LSOA21CD … WD24NM) or a council's own two columns (LSOA code, Township) — as CSV.
 */
export interface AreaLookup {
  readonly table: Table;
  readonly lsoaColumn: number;
  /** The column naming each LSOA's area; the user can choose another in the preview. */
  readonly areaColumn: number;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function lsoaColumnOf(table: Table): number {
  return table.headers.findIndex((h) => /^lsoa(11|21)?cd$/.test(norm(h).replace(/ /g, '')) || /^lsoa( \d{4})? code( \d{4})?$/.test(norm(h)) || norm(h) === 'lsoa');
}

/** Area-name columns, the likeliest first: ward names, then townships, neighbourhoods and areas. */
export function areaColumnsOf(table: Table): number[] {
  const lsoa = lsoaColumnOf(table);
  const scored = table.headers
    .map((h, i) => {
      const n = norm(h);
      const score = /^wd\d{2}nm$/.test(n.replace(/ /g, '')) ? 5 : /ward name|^ward$/.test(n) ? 4 : /township|neighbourhood|neighborhood|locality/.test(n) ? 4 : /^area( name)?$/.test(n) ? 3 : /nm$|name/.test(n) && !/lsoa|lad|la |local authority|msoa|oa\d/.test(n) ? 1 : 0;
      return { i, score };
    })
    .filter((c) => c.i !== lsoa);
  return [...scored.filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.i - b.i), ...scored.filter((c) => c.score === 0)].map((c) => c.i);
}

export function isAreaLookupTable(table: Table): boolean {
  return lsoaColumnOf(table) >= 0 && table.headers.length >= 2;
}

export function readAreaLookup(table: Table, areaColumn?: number): AreaLookup {
  const lsoaColumn = lsoaColumnOf(table);
  if (lsoaColumn < 0) throw new FileProblem(tableName(table), 'it has no column of LSOA codes (such as “LSOA21CD” or “LSOA code”), so it cannot say which area each LSOA is in.');
  const column = areaColumn ?? areaColumnsOf(table)[0];
  if (column === undefined || column === lsoaColumn || column >= table.headers.length) throw new FileProblem(tableName(table), 'it has no column naming the areas (such as a ward or township name).');
  return { table, lsoaColumn, areaColumn: column };
}
