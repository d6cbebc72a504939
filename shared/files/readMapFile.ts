import { plural } from '../analysis/words';
import { checkSnapshotIntegrity, type MapSnapshot } from '../model';
import { decryptText, WrongPassphrase } from './encryption';
import { describeIssueAt } from './issueMessage';
import { decodeText } from './fileBytes';
import { FileProblem } from './fileProblem';
import { isObject, migrateMapFile } from './mapFileMigrations';
import { encryptedMapFileSchema, mapFileSchema } from './mapFileSchema';
import { parseJsonSafely } from './safeJson';

export interface OpenedMapFile {
  readonly snapshot: MapSnapshot;
  /** The file version it was written in, when older than the current one. */
  readonly migratedFrom: number | null;
  readonly savedAt: string;
}

export type ReadMapFileResult =
  | { readonly status: 'ok'; readonly file: OpenedMapFile }
  | { readonly status: 'needsPassphrase'; readonly error?: string }
  | { readonly status: 'error'; readonly error: string };

/**
 * Reads a `.ghmap` file from its bytes: decodes, parses, decrypts (if it is locked and a
 * passphrase is given), migrates from older versions, validates every record and checks that
 * links join nodes that exist. Never throws: bad input comes back as a message naming the file.
 */
export async function readMapFile(fileName: string, bytes: Uint8Array, options: { passphrase?: string } = {}): Promise<ReadMapFileResult> {
  try {
    let raw = parseJsonSafely(fileName, decodeText(fileName, bytes));
    if (isObject(raw) && 'encrypted' in raw) {
      const envelope = encryptedMapFileSchema.safeParse(raw);
      if (!envelope.success) throw new FileProblem(fileName, 'it is locked with a passphrase, but its lock is damaged.');
      if (options.passphrase === undefined) return { status: 'needsPassphrase' };
      try {
        raw = parseJsonSafely(fileName, await decryptText(envelope.data.encrypted, options.passphrase));
      } catch (error) {
        if (error instanceof WrongPassphrase) return { status: 'needsPassphrase', error: error.message };
        throw error;
      }
    }
    const { file, from } = migrateMapFile(fileName, raw);
    const parsed = mapFileSchema.safeParse(file);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const { detail, where } = describeIssueAt(file, issue);
      throw new FileProblem(fileName, detail, where);
    }
    const { nodes, links, savedAt } = parsed.data;
    const nodeIds = new Set(nodes.map((n) => n.id));
    // A saved view may mention nodes the sender deleted: keep the view, drop the dangling ids.
    const views = parsed.data.map.views.map((v) => (v.focus ? { ...v, focus: { ...v.focus, nodeIds: v.focus.nodeIds.filter((id) => nodeIds.has(id)) } } : v));
    const map = { ...parsed.data.map, views };
    const snapshot: MapSnapshot = { format: 'good-help-map', schemaVersion: map.schemaVersion, map, nodes, links };
    const problems = checkSnapshotIntegrity(snapshot);
    if (problems.length) throw new FileProblem(fileName, `${problems[0]}${problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more problem', 'more problems')})` : ''}.`);
    return { status: 'ok', file: { snapshot, migratedFrom: from < parsed.data.fileVersion ? from : null, savedAt } };
  } catch (error) {
    if (error instanceof FileProblem) return { status: 'error', error: error.message };
    return { status: 'error', error: `“${fileName}” could not be opened: ${error instanceof Error ? error.message : String(error)}` };
  }
}
