/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends). Cells that start with =, +, -, @ or a
 * tab would be run as formulas by Excel, so they get a leading apostrophe: a map's text is user
 * input, and a report must not become a way to run a formula on a colleague's laptop.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
