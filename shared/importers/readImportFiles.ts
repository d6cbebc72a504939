import { decodeText, sniffKind } from '../files/fileBytes';
import { FileProblem } from '../files/fileProblem';
import { parseJsonSafely } from '../files/safeJson';
import type { ImportBatch } from './importBatch';
import { readCsv } from './readCsv';
import { readGraphFile, xmlRootOf } from './readGraphFile';
import { isKumuJson, readKumuJson } from './readKumuJson';
import { extractOpenReferral, isOpenReferralJson, readOpenReferralJson } from './readOpenReferral';
import { readXlsx } from './readXlsx';
import type { Table } from './table';

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the files hold: tables that need a column mapping, and records that are ready as they are. */
export interface ImportSource {
  readonly tables: readonly Table[];
  readonly batches: readonly ImportBatch[];
}

/**
 * Reads files to import, whatever they are: CSV, Excel workbooks, GEXF and GraphML, Kumu's JSON export, or Open
 * Referral UK data (its CSV tables or its JSON); Open Referral tables need no column mapping. Throws FileProblem naming the file for anything unreadable.
 */
export async function readImportFiles(files: readonly ImportFile[], onFile?: (index: number) => void): Promise<ImportSource> {
  const tables: Table[] = [];
  const batches: ImportBatch[] = [];
  for (const [index, file] of files.entries()) {
    onFile?.(index);
    const kind = sniffKind(file.bytes);
    if (/\.xlsx$/i.test(file.name) || kind === 'zip') {
      tables.push(...(await readXlsx(file.name, file.bytes)));
    } else if (/\.xls$/i.test(file.name)) {
      throw new FileProblem(file.name, 'old Excel files (.xls) cannot be read. Save it as .xlsx or CSV in Excel, then import that.');
    } else if (/\.(gexf|graphml)$/i.test(file.name) || xmlRootOf(decodeText(file.name, file.bytes.subarray(0, 4096))) !== null) {
      // By content first: a GEXF named .xml or .txt is still read as one, and other XML is named as such.
      tables.push(...readGraphFile(file.name, file.bytes, /\.graphml$/i.test(file.name) ? 'graphml' : /\.gexf$/i.test(file.name) ? 'gexf' : undefined));
    } else if (/\.json$/i.test(file.name) || /^\s*[{[]/.test(decodeText(file.name, file.bytes.subarray(0, 64)))) {
      const raw = parseJsonSafely(file.name, decodeText(file.name, file.bytes));
      if (isKumuJson(raw)) {
        const kumu = readKumuJson(file.name, raw);
        tables.push(...kumu.tables);
        batches.push(kumu.batch);
      }
      else if (isOpenReferralJson(raw)) batches.push(readOpenReferralJson(file.name, raw));
      else if (typeof raw === 'object' && raw !== null && 'format' in raw) {
        throw new FileProblem(file.name, 'this is a Good Help Map file. Use “Open a map file…” to open it.');
      } else throw new FileProblem(file.name, 'this JSON is neither a Kumu export nor Open Referral UK data, so Good Help Map cannot import it.');
    } else {
      tables.push(readCsv(file.name, file.bytes));
    }
  }
  const openReferral = extractOpenReferral(tables);
  return { tables: openReferral.rest, batches: openReferral.batch ? [...batches, openReferral.batch] : batches };
}
