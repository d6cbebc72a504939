import { documentFromSnapshot, type MapDocument } from '../../shared/editing';
import { FileProblem } from '../../shared/files/fileProblem';
import { planIsComplete, suggestPlan, type TablePlan } from '../../shared/importers/columnMapping';
import type { ImportBatch } from '../../shared/importers/importBatch';
import { planImport, type ImportPlan } from '../../shared/importers/planImport';
import { rowsToBatch } from '../../shared/importers/rowsToBatch';
import { checkFeedAddress } from '../../shared/importers/feedAddress';
import { matchHelpTopic } from '../../shared/importers/helpTopicMatch';
import { FeedCancelled, readOrukFeed } from '../../shared/importers/orukFeed';
import { createMapMeta, type MapSnapshot } from '../../shared/model';
import type { PickedFile } from '../platform/openFile';
import type { EditorController } from '../state/editorController';
import type { Store } from '../state/store';
import type { FileUiState } from './fileUiState';
import { feedFetcher, rememberFeedAddress } from './feedClient';
import { CancelledRead, readInWorker, type ReadRun } from './importReaderClient';
import type { ImportSession } from './importSession';

/**
 * The import flow: read the files (in a worker, cancellable), suggest what each column is,
 * preview what will be added and updated, then apply it all at once — into the open map as
 * one undoable command, or as a new map from the start screen. Any problem stops it whole.
 */
export class ImportService {
  private run: ReadRun | null = null;
  private feedRun: AbortController | null = null;

  constructor(
    private readonly controller: EditorController,
    private readonly ui: Store<FileUiState>,
  ) {}

  get session(): ImportSession | null {
    const dialog = this.ui.get().dialog;
    return dialog.kind === 'import' ? dialog.session : null;
  }

  async start(files: readonly PickedFile[]): Promise<void> {
    this.run?.cancel();
    const fileNames = files.map((f) => f.name);
    const target = this.controller.state.screen === 'editor' && this.controller.state.doc ? 'openMap' : 'newMap';
    this.show({ fileNames, stage: 'reading', progress: { done: 0, total: files.length }, plans: [], batches: [], target, preview: null, error: null });
    const run = readInWorker(files, (done, total) => this.update({ progress: { done, total } }));
    this.run = run;
    try {
      const source = await run.result;
      if (this.run !== run) return;
      this.run = null;
      this.update({ stage: 'mapping', progress: null, plans: source.tables.map(suggestPlan), batches: source.batches, topicChoices: this.suggestTopics(source.batches) });
      this.refreshPreview();
    } catch (error) {
      if (this.run !== run && !(error instanceof CancelledRead)) return;
      this.run = null;
      this.ui.set({ dialog: { kind: 'none' } });
      if (error instanceof CancelledRead) this.controller.notify('info', 'Import cancelled. Nothing has been changed.');
      else this.controller.notify('error', `${error instanceof Error ? error.message : String(error)} Nothing has been changed.`);
    }
  }

  /**
   * Reads a live ORUK feed page by page (progress and Cancel in the import dialog), then
   * previews it like a file. A problem with the feed goes back to the address, saying why.
   */
  async startFeed(address: string): Promise<void> {
    this.feedRun?.abort();
    const feed = checkFeedAddress(address);
    const label = feed.ok ? feed.base : address;
    const run = new AbortController();
    this.feedRun = run;
    const target = this.controller.state.screen === 'editor' && this.controller.state.doc ? 'openMap' : 'newMap';
    this.show({ fileNames: [label], stage: 'reading', progress: { done: 0, total: 1 }, progressLabel: `Connecting to ${label}…`, plans: [], batches: [], target, preview: null, error: null });
    try {
      const batch = await readOrukFeed(address, feedFetcher(address), {
        signal: run.signal,
        onProgress: (p) =>
          this.update({
            progress: { done: p.page, total: p.totalPages ?? p.page + 1 },
            progressLabel:
              p.kind === 'service'
                ? `Reading service ${p.page.toLocaleString('en-GB')} of ${(p.totalPages ?? p.page).toLocaleString('en-GB')} in full (opening times and places)…`
                : `Reading page ${p.page.toLocaleString('en-GB')}${p.totalPages ? ` of ${p.totalPages.toLocaleString('en-GB')}` : ''} of /${p.endpoint} — ${p.records.toLocaleString('en-GB')} records so far…`,
          }),
      });
      if (this.feedRun !== run) return;
      this.feedRun = null;
      rememberFeedAddress(address.trim());
      this.update({ stage: 'mapping', progress: null, progressLabel: undefined, batches: [batch], feed: { address: label, summary: batch.summary }, topicChoices: this.suggestTopics([batch]) });
      this.refreshPreview();
    } catch (error) {
      if (this.feedRun !== run) return;
      this.feedRun = null;
      if (error instanceof FeedCancelled) {
        this.ui.set({ dialog: { kind: 'none' } });
        this.controller.notify('info', 'Reading the feed was cancelled. Nothing has been changed.');
      } else {
        this.ui.set({ dialog: { kind: 'feed', address, error: `${messageOf(error)}${/Nothing has been/.test(messageOf(error)) ? '' : ' Nothing has been changed.'}` } });
      }
    }
  }

  cancel(): void {
    if (this.feedRun) {
      this.feedRun.abort();
      return;
    }
    if (this.run) {
      this.run.cancel();
      return;
    }
    this.ui.set({ dialog: { kind: 'none' } });
  }

  changePlan(index: number, change: Partial<Pick<TablePlan, 'role' | 'elements' | 'connections' | 'defaultKind' | 'kindValues' | 'typeValues' | 'keepOtherColumns'>>): void {
    const session = this.session;
    if (!session) return;
    this.update({ plans: session.plans.map((p, i) => (i === index ? { ...p, ...change } : p)) });
    this.refreshPreview();
  }

  /** The help topic a subject from the source's taxonomy becomes (null: leave it out). */
  chooseTopic(term: string, topicId: string | null): void {
    const session = this.session;
    if (!session) return;
    this.update({ topicChoices: { ...session.topicChoices, [term]: topicId } });
    this.refreshPreview();
  }

  setContactNames(on: boolean): void {
    if (!this.session) return;
    this.update({ contactNames: on });
    this.refreshPreview();
  }

  /** Each subject's likeliest help topic on the target map, for the user to check. */
  private suggestTopics(batches: readonly ImportBatch[]): Record<string, string | null> {
    const session = this.session;
    const topics = session ? this.targetDocument(session).meta.helpTopics : [];
    const terms = [...new Set(batches.flatMap((b) => b.elements.flatMap((e) => e.topicNames ?? [])))].sort((a, b) => a.localeCompare(b, 'en-GB'));
    return Object.fromEntries(terms.slice(0, 200).map((term) => [term, matchHelpTopic(term, topics)?.id ?? null]));
  }

  /** Applies the import; returns false (and leaves the dialog open, saying why) if it cannot. */
  async confirm(): Promise<boolean> {
    const session = this.session;
    if (!session || session.stage !== 'mapping') return false;
    const doc = this.targetDocument(session);
    let plan: ImportPlan;
    try {
      plan = this.plan(session, doc);
    } catch (error) {
      this.update({ error: messageOf(error) });
      return false;
    }
    const summary = describeCounts(plan);
    if (plan.nodes.length === 0 && plan.links.length === 0 && !plan.meta) {
      this.ui.set({ dialog: { kind: 'none' } });
      this.controller.notify('info', `Nothing changed: everything in ${session.fileNames.join(' and ')} is already on the map as it is.`);
      return true;
    }
    this.update({ stage: 'applying' });
    if (session.target === 'openMap') {
      const ok = this.controller.dispatch({
        type: 'importRecords',
        args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: `Import from ${session.fileNames.join(', ')}`.slice(0, 120) },
      });
      this.ui.set({ dialog: { kind: 'none' }, ...(ok ? { justAdded: { nodeIds: plan.nodes.map((n) => n.id), seq: Date.now() } } : {}) });
      if (ok) this.controller.notify('info', `Imported from ${session.fileNames.join(' and ')}: ${summary}. Undo takes it all back.`, { label: 'Undo', run: () => this.controller.undo() });
      return ok;
    }
    const snapshot: MapSnapshot = { format: 'good-help-map', schemaVersion: 1, map: plan.meta ?? doc.meta, nodes: [...plan.nodes], links: [...plan.links] };
    this.ui.set({ dialog: { kind: 'none' } });
    await this.controller.openSnapshot(snapshot, doc.meta.name);
    if (this.controller.state.doc) this.controller.notify('info', `Made a new map from ${session.fileNames.join(' and ')}: ${summary}.`);
    return true;
  }

  private refreshPreview(): void {
    const session = this.session;
    if (!session) return;
    try {
      const plan = this.plan(session, this.targetDocument(session), false);
      this.update({ preview: { counts: plan.counts, warnings: plan.warnings, changes: plan.changes }, error: null });
    } catch (error) {
      this.update({ preview: null, error: messageOf(error) });
    }
  }

  private plan(session: ImportSession, doc: MapDocument, place = true): ImportPlan {
    for (const plan of session.plans) {
      const missing = planIsComplete(plan);
      if (missing) throw new Error(`${plan.table.sheetName ?? plan.table.fileName}: ${missing}`);
    }
    const fromTables = rowsToBatch(session.plans);
    const all: ImportBatch[] = [fromTables, ...session.batches];
    const merged: ImportBatch = { elements: all.flatMap((b) => b.elements), connections: all.flatMap((b) => b.connections), warnings: all.flatMap((b) => b.warnings) };
    return planImport(doc, merged, { sourceName: session.fileNames.join(', '), place, ...(session.topicChoices ? { topicChoices: session.topicChoices } : {}), contactNames: session.contactNames === true });
  }

  private targetDocument(session: ImportSession): MapDocument {
    const open = this.controller.state.doc;
    if (session.target === 'openMap' && open) return open;
    if (session.feed) return documentFromSnapshot({ map: createMapMeta(feedMapName(session.feed.address)), nodes: [], links: [] });
    const name = (session.fileNames[0] ?? 'Imported map').replace(/\.[^.]+$/, '').replace(/[-_ ]*(elements|connections)$/i, '').trim() || 'Imported map';
    return documentFromSnapshot({ map: createMapMeta(name.slice(0, 200)), nodes: [], links: [] });
  }

  private show(session: ImportSession): void {
    this.ui.set({ dialog: { kind: 'import', session } });
  }

  private update(change: Partial<ImportSession>): void {
    const session = this.session;
    if (session) this.show({ ...session, ...change });
  }
}

/** A new map from a feed is named after the directory's host: "directory.rochdale.gov.uk". */
function feedMapName(address: string): string {
  try {
    return new URL(address).host.slice(0, 200) || 'Imported directory';
  } catch {
    return 'Imported directory';
  }
}

function messageOf(error: unknown): string {
  if (error instanceof FileProblem || error instanceof Error) return error.message;
  return String(error);
}

function describeCounts(plan: ImportPlan): string {
  const { addedNodes, updatedNodes, addedLinks, updatedLinks } = plan.counts;
  const parts = [
    addedNodes && `${addedNodes} new ${addedNodes === 1 ? 'thing' : 'things'}`,
    updatedNodes && `${updatedNodes} updated`,
    addedLinks && `${addedLinks} new ${addedLinks === 1 ? 'link' : 'links'}`,
    updatedLinks && `${updatedLinks} ${updatedLinks === 1 ? 'link' : 'links'} updated`,
  ].filter(Boolean);
  return parts.join(', ') || 'nothing new';
}
