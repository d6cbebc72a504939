import { FileProblem } from '../../shared/files/fileProblem';
import { areaColumnsOf, isAreaLookupTable, readAreaLookup } from '../../shared/importers/areaLookup';
import { isDeprivationTable, readDeprivationTable } from '../../shared/importers/deprivationFile';
import { planNeedFigures } from '../../shared/importers/planNeedFigures';
import { openFile, type PickedFile } from '../platform/openFile';
import type { EditorController } from '../state/editorController';
import type { Store } from '../state/store';
import type { FileUiState } from './fileUiState';
import { CancelledRead, readInWorker, type ReadRun } from './importReaderClient';
import type { NeedFiguresSession } from './needFiguresSession';

/**
 * Need figures from the English Indices of Deprivation: read the IoD file and a lookup from
 * LSOA to the map's areas (in the import worker, cancellable), preview each area's decile and
 * population with the LSOAs behind it, then set them all as one undoable step.
 */
export class NeedFiguresService {
  private run: ReadRun | null = null;

  constructor(
    private readonly controller: EditorController,
    private readonly ui: Store<FileUiState>,
  ) {}

  get session(): NeedFiguresSession | null {
    const dialog = this.ui.get().dialog;
    return dialog.kind === 'needFigures' ? dialog.session : null;
  }

  async choose(): Promise<void> {
    if (!this.controller.state.doc) return this.controller.notify('info', 'Open the map to add need figures to first.');
    try {
      const files = await openFile('spreadsheet');
      if (files.length) await this.start(files);
    } catch (error) {
      this.controller.notify('error', `${error instanceof Error ? error.message : String(error)} Nothing has been changed.`);
    }
  }

  async start(files: readonly PickedFile[]): Promise<void> {
    this.run?.cancel();
    const fileNames = files.map((f) => f.name);
    this.show({ fileNames, stage: 'reading', deprivation: null, lookup: null, areaColumn: null, addMissingAreas: false, plan: null, error: null });
    const run = readInWorker(files, () => undefined);
    this.run = run;
    try {
      const source = await run.result;
      if (this.run !== run) return;
      this.run = null;
      const deprivation = source.tables.find(isDeprivationTable) ?? null;
      const lookup = source.tables.find((t) => t !== deprivation && !isDeprivationTable(t) && isAreaLookupTable(t)) ?? null;
      const addMissingAreas = (this.controller.state.doc?.meta.areas.length ?? 0) === 0;
      this.update({ stage: 'preview', deprivation, lookup, areaColumn: lookup ? (areaColumnsOf(lookup)[0] ?? null) : null, addMissingAreas });
      this.replan();
    } catch (error) {
      if (this.run !== run && !(error instanceof CancelledRead)) return;
      this.run = null;
      this.ui.set({ dialog: { kind: 'none' } });
      if (error instanceof CancelledRead) this.controller.notify('info', 'Cancelled. Nothing has been changed.');
      else this.controller.notify('error', `${error instanceof Error ? error.message : String(error)} Nothing has been changed.`);
    }
  }

  change(change: Partial<Pick<NeedFiguresSession, 'areaColumn' | 'addMissingAreas'>>): void {
    this.update(change);
    this.replan();
  }

  cancel(): void {
    if (this.run) this.run.cancel();
    else this.ui.set({ dialog: { kind: 'none' } });
  }

  confirm(): boolean {
    const session = this.session;
    if (!session?.plan || session.stage !== 'preview') return false;
    const { plan } = session;
    const ok = this.controller.dispatch({ type: 'importRecords', args: { nodes: [], links: [], meta: plan.meta, label: 'Need figures from the Indices of Deprivation' } });
    this.ui.set({ dialog: { kind: 'none' } });
    if (ok) {
      const added = plan.areas.filter((a) => a.areaId === null).length;
      this.controller.notify('info', `Need figures set for ${plan.areas.length} ${plan.areas.length === 1 ? 'area' : 'areas'}${added ? ` (${added} new)` : ''} from ${plan.edition}. The gap analysis now weighs gaps by need. Undo takes it back.`, {
        label: 'Undo',
        run: () => this.controller.undo(),
      });
    }
    return ok;
  }

  private replan(): void {
    const session = this.session;
    const doc = this.controller.state.doc;
    if (!session || session.stage === 'reading' || !doc) return;
    const missing = !session.deprivation
      ? 'None of these files is the Indices of Deprivation at LSOA level. Choose File 7 (“all ranks, deciles and scores, with population denominators”) of the 2019 or 2025 release, as CSV, with your lookup.'
      : !session.lookup
        ? 'Add a lookup from LSOA to your areas: a CSV with a column of LSOA codes (such as “LSOA21CD”) and one naming each LSOA’s ward, township or neighbourhood.'
        : null;
    if (missing) return this.update({ plan: null, error: missing });
    try {
      const plan = planNeedFigures(doc.meta, readDeprivationTable(session.deprivation!), readAreaLookup(session.lookup!, session.areaColumn ?? undefined), { addMissingAreas: session.addMissingAreas });
      this.update({ plan, error: plan.areas.length ? null : 'None of the lookup’s areas is on this map. Tick “Add the areas that are not on the map yet”, or check the column that names the areas.' });
    } catch (error) {
      this.update({ plan: null, error: error instanceof FileProblem || error instanceof Error ? error.message : String(error) });
    }
  }

  private show(session: NeedFiguresSession): void {
    this.ui.set({ dialog: { kind: 'needFigures', session } });
  }

  private update(change: Partial<NeedFiguresSession>): void {
    const session = this.session;
    if (session) this.show({ ...session, ...change });
  }
}
