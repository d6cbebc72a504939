/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or return) as a formula,
 * so text from a map could become a live formula in someone's Excel. Such cells are written
 * with a leading apostrophe, which Excel shows as text; our importer takes it off again.
 * write-excel-file also looks strings up in a plain object, so a cell that is exactly the name
 * of an Object.prototype member ("constructor") would come out broken: it gets the same
 * apostrophe. A value that already starts with an apostrophe before such text gets another,
 * so every value round-trips exactly.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function needsProtection(value: string): boolean {
  return FORMULA_START.test(value) || isPrototypeName(value) || (value.startsWith("'") && needsProtection(value.slice(1)));
}

export function protectCell(value: string): string {
  return needsProtection(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return value.startsWith("'") && needsProtection(value.slice(1)) ? value.slice(1) : value;
}

function isPrototypeName(value: string): boolean {
  return value === '__proto__' || Object.prototype.hasOwnProperty.call(Object.prototype, value);
}
