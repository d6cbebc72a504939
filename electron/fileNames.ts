/**
 * File names and dialog filters for the native Open and Save dialogs. A suggested name comes
 * from the page (often a map's name a user typed), so it is cleaned before it touches a path.
 */

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

const KNOWN_TYPES: Record<string, string> = {
  ghmap: 'Good Help Map file',
  csv: 'CSV spreadsheet',
  xlsx: 'Excel workbook',
  json: 'JSON data',
  gexf: 'GEXF graph (Gephi)',
  graphml: 'GraphML graph',
  png: 'PNG picture',
  svg: 'SVG picture',
  html: 'Web page',
  pdf: 'PDF document',
  txt: 'Text file',
  zip: 'Zip archive',
};

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** A plain file name (no folders) safe on every desktop OS, keeping its extension. */
export function safeFileName(suggested: string, fallback = 'Untitled'): string {
  let name = suggested.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // A bare extension (".csv") gets the fallback name; other leading dots would hide the file;
  // trailing dots and spaces are dropped by Windows.
  if (/^\.[A-Za-z0-9]{1,10}$/.test(name)) name = `${fallback}${name}`;
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (RESERVED_ON_WINDOWS.test(name)) name = `_${name}`;
  if (!name) name = fallback;
  if (name.length > 150) {
    const ext = extensionOf(name);
    name = ext ? `${name.slice(0, 140).trim()}.${ext}` : name.slice(0, 150).trim();
  }
  return name;
}

export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/** The Save dialog's filter: the file's own type first, then "All files". */
export function saveFilters(fileName: string): FileFilter[] {
  const ext = extensionOf(fileName);
  const own = ext ? [{ name: KNOWN_TYPES[ext] ?? `${ext.toUpperCase()} file`, extensions: [ext] }] : [];
  return [...own, { name: 'All files', extensions: ['*'] }];
}

export const OPEN_FILTERS: Record<'map' | 'spreadsheet', FileFilter[]> = {
  map: [
    { name: 'Good Help Map file', extensions: ['ghmap'] },
    { name: 'All files', extensions: ['*'] },
  ],
  spreadsheet: [
    { name: 'Spreadsheets and data (CSV, Excel, JSON, GEXF, GraphML)', extensions: ['csv', 'xlsx', 'json', 'gexf', 'graphml', 'xml'] },
    { name: 'All files', extensions: ['*'] },
  ],
};
