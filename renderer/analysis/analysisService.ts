import { boundsOfNodes, NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { Finding } from '../../shared/analysis/findings/finding';
import type { GapAnalysis } from '../../shared/analysis/gapAnalysis';
import { runGapAnalysis } from '../../shared/analysis/runGapAnalysis';
import type { MapDocument } from '../../shared/editing/mapDocument';
import type { EditorController } from '../state/editorController';
import { clearEmphasis, emphasise } from '../state/emphasis';
import { Store } from '../state/store';
import { AnalysisCancelled, AnalysisClient } from './analysisClient';

/** Maps up to this many nodes and links are analysed at once on the page: it takes a few ms. */
export const DIRECT_LIMIT = 400;
const DEBOUNCE_MS = 300;
const STALE_KEY = 'good-help-map.analysis.staleAfterMonths';

export interface AnalysisState {
  readonly open: boolean;
  /** 'updating' while the shown result is older than the map. */
  readonly status: 'idle' | 'updating' | 'ready' | 'failed';
  readonly result: GapAnalysis | null;
  readonly error: string | null;
  readonly staleAfterMonths: number;
  readonly selectedFindingId: string | null;
  readonly groupBy: 'kind' | 'area';
}

type Rect = { x: number; y: number; width: number; height: number };

export interface Viewport {
  /** `boxes`: the nodes that must be clear of the panels over the map (map units). */
  fitBounds(bounds: Rect, options?: { padding?: number; duration?: number; boxes?: readonly Rect[] }): unknown;
}

export interface AnalysisServiceDeps {
  readonly client?: AnalysisClient;
  readonly now?: () => Date;
  readonly storage?: Storage;
}

/**
 * The gap-analysis panel's controller. While the panel is open it keeps the analysis in step
 * with the map: small maps are analysed at once on the page, larger ones in a worker after a
 * short pause in editing, showing "Updating…" meanwhile. Selecting a finding brings its nodes
 * forward on the map (emphasis) and fits them in view.
 */
export class AnalysisService {
  readonly store: Store<AnalysisState>;
  private analysedDoc: MapDocument | null = null;
  private analysedMonths = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The map version the pending timer will analyse: other state changes must not restart it. */
  private scheduledDoc: MapDocument | null = null;
  private running = false;
  private readonly client: AnalysisClient;
  private readonly now: () => Date;

  constructor(private readonly controller: EditorController, private readonly deps: AnalysisServiceDeps = {}) {
    this.client = deps.client ?? new AnalysisClient();
    this.now = deps.now ?? (() => new Date());
    const saved = Number(deps.storage?.getItem(STALE_KEY));
    this.store = new Store<AnalysisState>({
      open: false,
      status: 'idle',
      result: null,
      error: null,
      staleAfterMonths: Number.isInteger(saved) && saved >= 1 && saved <= 240 ? saved : 12,
      selectedFindingId: null,
      groupBy: 'kind',
    });
    controller.store.subscribe(() => this.mapChanged());
  }

  get state(): AnalysisState {
    return this.store.get();
  }

  setOpen(open: boolean): void {
    if (open === this.state.open) return;
    this.store.set({ open });
    if (open) this.refresh();
    else {
      this.cancel();
      this.store.set({ selectedFindingId: null });
      clearEmphasis(this.controller, 'analysis');
    }
  }

  toggle(): void {
    this.setOpen(!this.state.open);
  }

  setGroupBy(groupBy: AnalysisState['groupBy']): void {
    this.store.set({ groupBy });
  }

  /** How many months before details count as stale; kept between sessions. */
  setStaleAfterMonths(months: number): void {
    if (!Number.isInteger(months) || months < 1 || months > 240) return;
    this.deps.storage?.setItem(STALE_KEY, String(months));
    this.store.set({ staleAfterMonths: months });
    this.refresh();
  }

  /** Highlights a finding's nodes and fades the rest; selecting it again shows everything. */
  selectFinding(finding: Finding, viewport?: Viewport | null): void {
    if (this.state.selectedFindingId === finding.id) {
      this.clearSelection();
      return;
    }
    const doc = this.controller.state.doc;
    if (!doc) return;
    const nodeIds = finding.nodeIds.filter((id) => doc.nodes[id]);
    const linkIds = finding.linkIds.filter((id) => doc.links[id]);
    this.store.set({ selectedFindingId: finding.id });
    emphasise(this.controller, { nodeIds: new Set(nodeIds), linkIds: new Set(linkIds), label: finding.label, source: 'analysis' });
    const nodes = nodeIds.map((id) => doc.nodes[id]!);
    const bounds = boundsOfNodes(nodes);
    const boxes = nodes.map((n) => ({ x: n.x, y: n.y, width: NODE_WIDTH, height: NODE_HEIGHT }));
    // A finding of one node or a close few is shown with some map around it, but not so much that
    // their names have no room: with 1,100 × 650 map units, workshop mode at 1366×768 with the side
    // panels out packed Kingsway's three spaces so close that one name had no place in sight.
    if (bounds && viewport) viewport.fitBounds(atLeast(bounds, 700, 420), { padding: 0.2, duration: 400, boxes });
  }

  clearSelection(): void {
    this.store.set({ selectedFindingId: null });
    clearEmphasis(this.controller, 'analysis');
  }

  /** The analysis of the map as it is right now, worked out here and now: for exports. */
  analyseNow(): { doc: MapDocument; analysis: GapAnalysis } | null {
    const doc = this.controller.state.doc;
    if (!doc) return null;
    return { doc, analysis: runGapAnalysis(doc, this.options()) };
  }

  dispose(): void {
    this.cancel();
    this.client.dispose();
  }

  // ---- keeping up with the map ---------------------------------------------------------

  private mapChanged(): void {
    const doc = this.controller.state.doc;
    // The user cleared the emphasis from the map: the finding is no longer selected.
    if (this.state.selectedFindingId && this.controller.state.emphasis?.source !== 'analysis') this.store.set({ selectedFindingId: null });
    if (!doc) {
      if (this.analysedDoc) this.reset();
      return;
    }
    if (this.analysedDoc && this.analysedDoc.meta.id !== doc.meta.id) this.reset();
    if (this.state.open && doc !== this.analysedDoc) this.refresh();
  }

  private reset(): void {
    this.cancel();
    this.analysedDoc = null;
    this.store.set({ result: null, status: 'idle', error: null, selectedFindingId: null });
  }

  private refresh(): void {
    const doc = this.controller.state.doc;
    if (!doc || !this.state.open) return;
    if (doc === this.analysedDoc && this.analysedMonths === this.state.staleAfterMonths && this.state.status === 'ready') return;
    const size = Object.keys(doc.nodes).length + Object.keys(doc.links).length;
    if (size <= DIRECT_LIMIT) {
      this.cancelTimer();
      this.analyse(doc);
      return;
    }
    if (this.timer && this.scheduledDoc === doc) return;
    if (this.state.status !== 'updating') this.store.set({ status: 'updating' });
    this.cancelTimer();
    this.scheduledDoc = doc;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.analyseInWorker();
    }, DEBOUNCE_MS);
  }

  private analyse(doc: MapDocument): void {
    try {
      this.done(doc, runGapAnalysis(doc, this.options()));
    } catch (error) {
      this.failed(error);
    }
  }

  private async analyseInWorker(): Promise<void> {
    // One run at a time; when it ends, whatever changed meanwhile is picked up.
    if (this.running) return;
    const doc = this.controller.state.doc;
    if (!doc || !this.state.open) return;
    this.running = true;
    try {
      const result = await this.client.run(doc, this.options());
      this.done(doc, result);
    } catch (error) {
      if (error instanceof AnalysisCancelled) return;
      // The worker failed: work it out here instead, so the panel still answers.
      this.analyse(doc);
    } finally {
      this.running = false;
      const latest = this.controller.state.doc;
      if (this.state.open && latest && (latest !== this.analysedDoc || this.analysedMonths !== this.state.staleAfterMonths)) this.refresh();
    }
  }

  private done(doc: MapDocument, result: GapAnalysis): void {
    this.analysedDoc = doc;
    this.analysedMonths = result.options.staleAfterMonths;
    const current = this.controller.state.doc === doc && this.analysedMonths === this.state.staleAfterMonths;
    this.store.set({ result, error: null, status: current ? 'ready' : 'updating' });
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.store.set({ status: 'failed', error: `The gap analysis could not be worked out: ${message}. Undo your last change, or reopen the map, and try again.` });
  }

  private options() {
    return { now: this.now().toISOString(), staleAfterMonths: this.state.staleAfterMonths, seed: 1 };
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private cancel(): void {
    this.cancelTimer();
    if (this.client.busy) this.client.cancel();
  }
}

/** Bounds grown about their centre to a minimum size, so one node is shown with its surroundings, not filling the screen. */
function atLeast(b: { x: number; y: number; width: number; height: number }, width: number, height: number) {
  const w = Math.max(b.width, width);
  const h = Math.max(b.height, height);
  return { x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2, width: w, height: h };
}
