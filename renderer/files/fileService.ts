import { buildMapFile, mapFileName, serialiseEncryptedMapFile, serialiseMapFile } from '../../shared/files/writeMapFile';
import { readMapFile } from '../../shared/files/readMapFile';
import { MAP_FILE_MIME } from '../../shared/files/mapFileSchema';
import { anonymiseMap } from '../../shared/files/anonymise';
import { isMapFile } from '../../shared/files/fileKind';
import { planMerge } from '../../shared/files/planMerge';
import { planStateMerge } from '../../shared/files/planStateMerge';
import { snapshotFromDocument } from '../../shared/editing';
import type { MapSnapshot } from '../../shared/model';
import { LOCAL_EDIT } from '../../shared/sync';
import { encodeDocumentState, mergeState, previewMergedState, sharesHistory } from '../../shared/sync/fileState';
import { indexRowOf, prepareMapFromState } from '../storage/mapRepository';
import { desktopBridge } from '../platform/desktopBridge';
import { openFile, type PickedFile } from '../platform/openFile';
import { ipcMessage, saveFile } from '../platform/saveFile';
import type { EditorController } from '../state/editorController';
import { Store } from '../state/store';
import { INITIAL_FILE_UI, type FileDialog, type FileUiState } from './fileUiState';
import { ImportService } from './importService';
import { NeedFiguresService } from './needFiguresService';

export interface ShareableOptions {
  readonly anonymise: boolean;
  readonly passphrase: string | null;
}

/**
 * Everything to do with files for one editor: opening map files (as new maps, never over an
 * existing one), saving copies, shareable copies, recent files and handing spreadsheets to
 * the importer. Components call these methods; the state they show lives in `store`.
 */
export class FileService {
  readonly store = new Store<FileUiState>(INITIAL_FILE_UI);
  readonly imports: ImportService;
  readonly needFigures: NeedFiguresService;

  constructor(readonly controller: EditorController) {
    this.imports = new ImportService(controller, this.store);
    this.needFigures = new NeedFiguresService(controller, this.store);
  }

  setDialog(dialog: FileDialog): void {
    this.store.set({ dialog });
  }

  close(): void {
    this.setDialog({ kind: 'none' });
  }

  // ---- opening ------------------------------------------------------------------------

  async chooseMapFile(): Promise<void> {
    await this.pick('map');
  }

  async chooseSpreadsheet(): Promise<void> {
    await this.pick('spreadsheet');
  }

  /** Files from a dialog, a drop or the OS: map files open as maps, anything else is imported. */
  async openFiles(files: readonly PickedFile[]): Promise<void> {
    if (files.length === 0) return;
    const maps = files.filter(isMapFileLike);
    const others = files.filter((f) => !maps.includes(f));
    for (const file of maps) await this.openMapFile(file);
    // The Indices of Deprivation carry need figures for the map's areas, not things to put on it.
    if (others.length && this.controller.state.doc && others.some(looksLikeDeprivation)) await this.needFigures.start(others);
    else if (others.length) await this.imports.start(others);
  }

  async openMapFile(file: PickedFile, passphrase?: string): Promise<void> {
    const result = await readMapFile(file.name, file.bytes, passphrase === undefined ? {} : { passphrase });
    if (result.status === 'needsPassphrase') {
      this.setDialog({ kind: 'passphrase', file, purpose: 'open', error: result.error ?? null, busy: false });
      return;
    }
    if (result.status === 'error') {
      if (this.store.get().dialog.kind === 'passphrase') this.close();
      this.controller.notify('error', `${result.error} Nothing has been changed.`);
      return;
    }
    this.close();
    const before = this.controller.state.doc?.meta.id;
    const { snapshot, documentState, stateDocument } = result.file;
    if (documentState) {
      // The file's own history, so this copy and the one it came from can merge exactly; read
      // once: the document readMapFile checked it in is the one stored and opened.
      try {
        const { meta, ydoc, known } = prepareMapFromState(snapshot, documentState, { decoded: stateDocument });
        await this.controller.openMap(meta.id, { ydoc, known, unstored: indexRowOf(meta) });
      } catch (error) {
        this.controller.notify('error', `“${file.name}” could not be opened: ${error instanceof Error ? error.message : String(error)}. Nothing has been changed.`);
        return;
      }
    } else await this.controller.openValidSnapshot(snapshot, undefined, { integrityChecked: true });
    const after = this.controller.state.doc;
    if (after && after.meta.id !== before) {
      const migrated = result.file.migratedFrom ? ' It was made by an earlier version and has been updated.' : '';
      const setAside = result.file.stateSetAside ? ' Its record of changes did not match the map it holds, so it was opened from the map alone: merging it into another copy will match things by name.' : '';
      this.controller.notify('info', `Opened “${file.name}” as a new map, “${after.meta.name}”.${migrated}${setAside}`);
    }
    await this.refreshRecent();
  }

  async unlock(passphrase: string): Promise<void> {
    const dialog = this.store.get().dialog;
    if (dialog.kind !== 'passphrase') return;
    this.setDialog({ ...dialog, busy: true, error: null });
    if (dialog.purpose === 'merge') await this.prepareMerge(dialog.file, passphrase);
    else await this.openMapFile(dialog.file, passphrase);
  }

  // ---- merging ------------------------------------------------------------------------

  /** Merge another map file into the open map, after a preview of what it adds and changes. */
  async chooseFileToMerge(): Promise<void> {
    if (!this.controller.state.doc) return this.controller.notify('info', 'Open the map to merge into first.');
    try {
      const [file] = await openFile('map');
      if (file) await this.prepareMerge(file);
    } catch (error) {
      this.controller.notify('error', `${error instanceof Error ? error.message : String(error)} Nothing has been changed.`);
    }
  }

  async prepareMerge(file: PickedFile, passphrase?: string): Promise<void> {
    const doc = this.controller.state.doc;
    if (!doc) return;
    const result = await readMapFile(file.name, file.bytes, passphrase === undefined ? {} : { passphrase });
    if (result.status === 'needsPassphrase') return this.setDialog({ kind: 'passphrase', file, purpose: 'merge', error: result.error ?? null, busy: false });
    if (result.status === 'error') {
      this.close();
      return this.controller.notify('error', `${result.error} Nothing has been changed.`);
    }
    const session = this.controller.mapSession;
    const state = result.file.documentState;
    // A merge works from the state's bytes (previewMergedState): the checked copy is not needed.
    result.file.stateDocument?.destroy();
    if (session?.doc && state && sharesHistory(session.ydoc, state)) {
      // Another copy of this very map: merged as the live sync would have, deletions and all.
      const merged = previewMergedState(session.ydoc, state);
      if (merged) return this.setDialog({ kind: 'mergeCopy', fileName: file.name, plan: planStateMerge(session.doc, merged), state });
    }
    this.setDialog({ kind: 'merge', fileName: file.name, plan: planMerge(doc, result.file.snapshot) });
  }

  confirmMerge(): void {
    const dialog = this.store.get().dialog;
    if (dialog.kind === 'mergeCopy') return this.confirmCopyMerge(dialog);
    if (dialog.kind !== 'merge') return;
    const { plan, fileName } = dialog;
    this.close();
    const ok = this.controller.dispatch({
      type: 'importRecords',
      args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: `Merge ${fileName}`.slice(0, 120) },
    });
    if (ok) this.store.set({ justAdded: { nodeIds: plan.nodes.map((n) => n.id), seq: Date.now() } });
    if (ok) this.controller.notify('info', `Merged “${fileName}”: ${plan.addedNodes.length} added, ${plan.changedNodes.length} changed. Undo takes it all back.`, { label: 'Undo', run: () => this.controller.undo() });
  }

  private confirmCopyMerge(dialog: Extract<FileDialog, { kind: 'mergeCopy' }>): void {
    this.close();
    const session = this.controller.mapSession;
    if (!session) return;
    if (session.readOnly) return this.controller.notify('info', 'You can look at this map but not change it: your invite is to view.');
    const before = session.doc;
    const ok = session.applyAsEdit(`Merge ${dialog.fileName}`.slice(0, 120), (ydoc, stamp) => mergeState(ydoc, dialog.state, LOCAL_EDIT, stamp));
    if (!ok) return;
    const after = session.doc;
    const added = after ? Object.keys(after.nodes).filter((id) => !before?.nodes[id]) : [];
    if (added.length) this.store.set({ justAdded: { nodeIds: added, seq: Date.now() } });
    const { plan } = dialog;
    const removed = plan.removedNodes.length ? `, ${plan.removedNodes.length} removed` : '';
    this.controller.notify('info', `Merged “${dialog.fileName}”: ${plan.addedNodes.length} added, ${plan.changedNodes.length} changed${removed}. Undo takes it all back.`, { label: 'Undo', run: () => this.controller.undo() });
  }

  async openRecent(path: string): Promise<void> {
    if (!desktopBridge) return;
    try {
      const { files } = await desktopBridge.openRecentFile({ path });
      await this.openFiles(files);
    } catch (error) {
      this.controller.notify('error', `${ipcMessage(error)} It has been taken off the list of recent files.`);
    }
    await this.refreshRecent();
  }

  async refreshRecent(): Promise<void> {
    if (!desktopBridge) return;
    try {
      this.store.set({ recent: (await desktopBridge.recentFiles()).recent });
    } catch {
      // The list is a convenience; without it the menu simply shows none.
    }
  }

  /** Files the OS asked the desktop app to open (double-click, "Open with"). */
  async takeFilesFromOs(): Promise<void> {
    if (!desktopBridge) return;
    try {
      await this.openFiles((await desktopBridge.takeOpenedFiles()).files);
    } catch (error) {
      this.controller.notify('error', `${ipcMessage(error)} Nothing has been changed.`);
    }
  }

  // ---- saving -------------------------------------------------------------------------

  async saveAs(): Promise<void> {
    const snapshot = await this.currentSnapshot();
    if (!snapshot) return;
    // The records and the document's state from one moment: the state is the one they were read from.
    const session = this.controller.mapSession;
    const doc = session?.doc;
    const file = session && doc ? buildMapFile(snapshotFromDocument(doc), { savedBy: 'Good Help Map', documentState: encodeDocumentState(session.ydoc) }) : buildMapFile(snapshot, { savedBy: 'Good Help Map' });
    const text = serialiseMapFile(file);
    await this.save(mapFileName(snapshot.map.name), text, 'Saved');
  }

  async saveShareable(options: ShareableOptions): Promise<boolean> {
    const original = await this.currentSnapshot();
    if (!original) return false;
    const { snapshot: shared, removedPeople } = options.anonymise ? anonymiseMap(original) : { snapshot: original, removedPeople: 0 };
    // The copy carries a name of its own, so opened beside the original it is told apart in Your maps.
    const copyName = `${shared.map.name.slice(0, 180)} (${options.anonymise ? 'shareable copy' : 'locked copy'})`;
    const snapshot = { ...shared, map: { ...shared.map, name: copyName } };
    const file = buildMapFile(snapshot, { savedBy: 'Good Help Map' });
    const text = options.passphrase ? await serialiseEncryptedMapFile(file, options.passphrase) : serialiseMapFile(file);
    const suffix = options.anonymise ? ' (shareable)' : options.passphrase ? ' (locked)' : '';
    const what = [options.anonymise ? 'anonymised' : '', options.passphrase ? 'locked with your passphrase' : ''].filter(Boolean).join(' and ');
    const note = removedPeople ? ` ${removedPeople} sensitive ${removedPeople === 1 ? 'person was' : 'people were'} left out.` : '';
    return this.save(mapFileName(original.map.name, suffix), text, `Saved a shareable copy${what ? `, ${what}` : ''}.${note}`);
  }

  private async save(suggestedName: string, contents: string, done: string): Promise<boolean> {
    try {
      const outcome = await saveFile({ suggestedName, mimeType: MAP_FILE_MIME, contents });
      if (outcome === 'saved') {
        this.controller.notify('info', done.endsWith('.') ? done : `${done} “${suggestedName}”.`);
        await this.refreshRecent();
      }
      return outcome === 'saved';
    } catch (error) {
      this.controller.notify('error', `${error instanceof Error ? error.message : String(error)}. Try another folder, or check there is free disk space.`);
      return false;
    }
  }

  private async currentSnapshot(): Promise<MapSnapshot | null> {
    await this.controller.flush();
    const snapshot = this.controller.snapshot();
    if (!snapshot) this.controller.notify('info', 'Open a map first.');
    return snapshot;
  }

  private async pick(purpose: 'map' | 'spreadsheet'): Promise<void> {
    try {
      await this.openFiles(await openFile(purpose));
    } catch (error) {
      this.controller.notify('error', `${error instanceof Error ? error.message : String(error)} Nothing has been changed.`);
    }
  }
}

function looksLikeDeprivation(file: PickedFile): boolean {
  const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 4096));
  return /LSOA code/i.test(head) && /Index of Multiple Deprivation \(IMD\) Decile/i.test(head);
}

function isMapFileLike(file: PickedFile): boolean {
  return /\.ghmap$/i.test(file.name) || (/\.json$/i.test(file.name) && isMapFile(file.bytes));
}
