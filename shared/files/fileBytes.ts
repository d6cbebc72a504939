import { FileProblem } from './fileProblem';

/** The largest file the app will read: beyond this a file is almost certainly not a map. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** What the first bytes say a file is, whatever its name claims. */
export function sniffKind(bytes: Uint8Array): 'zip' | 'pdf' | 'gzip' | 'text' | 'binary' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0) ? 'binary' : 'text';
}

export function checkSize(fileName: string, bytes: Uint8Array, limit = MAX_FILE_BYTES): void {
  if (bytes.byteLength > limit) {
    throw new FileProblem(fileName, `it is ${Math.round(bytes.byteLength / 1048576)} MB, more than the ${Math.round(limit / 1048576)} MB Good Help Map can open.`);
  }
  if (bytes.byteLength === 0) throw new FileProblem(fileName, 'the file is empty.');
}

/** The text encodings the app recognises in files it imports, as the preview names them. */
export type TextEncodingName = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16' | 'Windows-1252';

/**
 * Decodes a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with one, which is
 * what Excel's "Unicode text" writes. Anything else that is not valid UTF-8 is read as
 * Windows-1252, the usual encoding of older UK spreadsheets saved as CSV.
 */
export function decodeText(fileName: string, bytes: Uint8Array): string {
  return decodeTextReporting(fileName, bytes).text;
}

/** As decodeText, also saying which encoding was used, so an import preview can tell the user. */
export function decodeTextReporting(fileName: string, bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  checkSize(fileName, bytes);
  const kind = sniffKind(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (kind === 'zip') throw new FileProblem(fileName, 'this is a zipped file (an Excel workbook?), not a text file. Use “Import a spreadsheet…” for Excel files.');
  if (kind !== 'text') throw new FileProblem(fileName, `this is a ${kind === 'pdf' ? 'PDF document' : kind === 'gzip' ? 'compressed file' : 'binary file'}, not one Good Help Map can read.`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: bom ? 'UTF-8 with BOM' : 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}
