import { plural } from '../analysis/words';
import { documentFromSnapshot } from '../editing/mapDocument';
import { checkSnapshotIntegrity, type MapSnapshot } from '../model';
import type * as Y from 'yjs';
import { checkState } from '../sync/fileState';
import { decryptText, fromBase64, WrongPassphrase } from './encryption';
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
  /**
   * The map's Yjs document state, when the file carries one that reads as exactly its records;
   * otherwise null (older files, other apps' files, a state that does not match).
   */
  readonly documentState: Uint8Array | null;
  /**
   * That state already read into a document and checked: opening the file as a new map takes
   * it (createMapFromState) rather than decoding the state again. Whoever takes it owns it.
   */
  readonly stateDocument: Y.Doc | null;
  /** Why a state the file carried was not used, for the notice; null when there was none or it was. */
  readonly stateSetAside: string | null;
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
    const { documentState, stateDocument, stateSetAside } = readDocumentState(parsed.data.document?.state, snapshot);
    return { status: 'ok', file: { snapshot, migratedFrom: from < parsed.data.fileVersion ? from : null, savedAt, documentState, stateDocument, stateSetAside } };
  } catch (error) {
    if (error instanceof FileProblem) return { status: 'error', error: error.message };
    return { status: 'error', error: `“${fileName}” could not be opened: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readDocumentState(base64: string | undefined, snapshot: MapSnapshot): Pick<OpenedMapFile, 'documentState' | 'stateDocument' | 'stateSetAside'> {
  if (base64 === undefined) return { documentState: null, stateDocument: null, stateSetAside: null };
  let state: Uint8Array;
  try {
    state = fromBase64(base64);
  } catch {
    return { documentState: null, stateDocument: null, stateSetAside: 'its document state is not valid base64' };
  }
  const checked = checkState(state, documentFromSnapshot(snapshot));
  return checked.ydoc ? { documentState: state, stateDocument: checked.ydoc, stateSetAside: null } : { documentState: null, stateDocument: null, stateSetAside: checked.mismatch };
}
