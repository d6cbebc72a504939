import type { MapDocument } from '../../shared/editing';
import type { UndoStep } from '../state/mapSession';
import { depthsFrom } from '../../shared/layout/layoutForces';
import { groupNodes } from '../../shared/layout/groupNodes';
import { graphOf } from '../../shared/layout/layoutGraph';
import { DEFAULT_LAYOUT_OPTIONS, GROUP_FIELD_LABELS, type GroupField, type LayoutGraph, type LayoutMode } from '../../shared/layout/layoutTypes';
import { clearEmphasis, emphasise } from '../state/emphasis';
import type { EditorController } from '../state/editorController';
import { Store } from '../state/store';
import { LayoutClient, type LayoutDone } from './layoutClient';
import { FLOW_PREVIEW_LIMIT } from './useLayoutPreviewNodes';

export type LayoutRequest =
  | { readonly kind: 'organic' }
  | { readonly kind: 'cluster'; readonly field: GroupField }
  | { readonly kind: 'focus'; readonly steps: 1 | 2 }
  | { readonly kind: 'overlap' };

export interface LayoutState {
  /** The run in progress, if any: shown with its progress and a Stop button. */
  readonly running: { readonly label: string; readonly progress: number; readonly nodeCount: number } | null;
  /** Positions streamed from the worker while a run settles; never saved until it ends. */
  readonly preview: { readonly ids: readonly string[]; readonly positions: Float64Array } | null;
  /** The groups of the last "Group by…", labelled on the canvas until another layout runs. */
  readonly groups: { readonly ids: readonly string[]; readonly groupOf: Int32Array; readonly labels: readonly string[] } | null;
}

const BIG_MAP_FRAME_MS = 200;

const IDLE: LayoutState = { running: null, preview: null, groups: null };

/**
 * Runs layouts for the open map. While a run settles, its positions live only here (the
 * canvas draws them); the map itself changes once, when the run ends or is stopped, as one
 * undoable step that is saved like any other edit.
 */
export class LayoutService {
  readonly store = new Store<LayoutState>(IDLE);
  private run: { stop: () => void; mapId: string; discard: boolean } | null = null;
  private pendingFrame: Float64Array | null = null;
  private frameScheduled = false;
  private lastShown = 0;
  /** The undo step of the "Group by…" whose labels are showing. */
  private groupsStep: UndoStep | null = null;

  constructor(
    private readonly controller: EditorController,
    private readonly client: LayoutClient = new LayoutClient(),
  ) {
    // Leaving the map ends its run without applying it, and forgets its group labels.
    let mapId = controller.state.doc?.meta.id;
    controller.store.subscribe(() => {
      // Undoing a "Group by…" takes its labels away too: they would name groups no longer there.
      if (this.groupsStep && !controller.state.history.undo.includes(this.groupsStep)) {
        this.groupsStep = null;
        this.store.set({ groups: null });
      }
      const next = controller.state.doc?.meta.id;
      if (next === mapId) return;
      mapId = next;
      if (this.run) {
        this.run.discard = true;
        this.run.stop();
      }
      this.store.set({ groups: null, preview: null });
    });
  }

  get isRunning(): boolean {
    return this.store.get().running !== null;
  }

  /** Lays out the open map. Resolves when the run has ended and its result is on the map. */
  async start(request: LayoutRequest): Promise<void> {
    const doc = this.controller.state.doc;
    if (!doc) return;
    if (this.run) {
      this.run.discard = true;
      this.run.stop();
    }
    const ids = Object.keys(doc.nodes);
    if (ids.length === 0) {
      this.controller.notify('info', 'There is nothing to lay out yet. Add some people, organisations, spaces or projects first.');
      return;
    }
    const graph = graphOf(doc, ids);
    const plan = this.plan(request, doc, graph);
    if (!plan) return;
    this.groupsStep = null;
    if (request.kind !== 'focus') clearEmphasis(this.controller, 'layout');
    this.store.set({ running: { label: plan.label, progress: 0, nodeCount: ids.length }, preview: null, groups: plan.grouping ? { ids, ...plan.grouping } : null });
    const handle = this.client.run(
      { graph, mode: plan.mode, options: { ...DEFAULT_LAYOUT_OPTIONS, seed: 1 } },
      {
        onFrame: (frame) => {
          this.pendingFrame = frame.positions;
          this.store.set((s) => (s.running ? { running: { ...s.running, progress: frame.progress } } : {}));
          this.scheduleFrame(ids);
        },
        onGroups: (groupOf) => this.store.set({ groups: { ids, groupOf, labels: communityLabels(doc, ids, groupOf) } }),
      },
    );
    const run = { stop: handle.stop, mapId: doc.meta.id, discard: false };
    this.run = run;
    let done: LayoutDone;
    try {
      done = await handle.result;
    } catch (error) {
      if (this.run === run) this.finish();
      if (!run.discard) this.controller.notify('error', error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.run !== run) return;
    // Marks where the run hands its result to the canvas, for profiles and the benchmark.
    performance.mark('layout:apply');
    if (run.discard || this.controller.state.doc?.meta.id !== run.mapId) {
      this.finish();
      return;
    }
    // The preview stays until the map holds the result, so no frame shows the nodes back where they were.
    this.commit(ids, done, plan.label, () => {
      this.finish();
      if (request.kind === 'cluster') this.groupsStep = this.controller.state.history.undo.at(-1) ?? null;
      plan.after?.();
    });
  }

  /** Stops the run; the positions it reached so far are kept, as one undoable step. */
  stop(): void {
    this.run?.stop();
  }

  /** Pins or unpins nodes as one undo step. */
  setPinned(ids: readonly string[], pinned: boolean): void {
    if (ids.length) this.controller.dispatch({ type: 'setPinned', args: { ids, pinned } });
  }

  unpinAll(): void {
    const doc = this.controller.state.doc;
    const pinned = doc ? Object.values(doc.nodes).filter((n) => n.pinned).map((n) => n.id) : [];
    if (pinned.length === 0) this.controller.notify('info', 'No nodes are pinned.');
    else this.setPinned(pinned, false);
  }

  hideGroupLabels(): void {
    this.store.set({ groups: null });
  }

  dispose(): void {
    this.client.dispose();
  }

  private plan(request: LayoutRequest, doc: MapDocument, graph: LayoutGraph): { label: string; mode: LayoutMode; grouping?: { groupOf: Int32Array; labels: readonly string[] }; after?: () => void } | null {
    switch (request.kind) {
      case 'organic':
        return { label: 'Tidy the whole map', mode: { kind: 'organic' } };
      case 'overlap':
        return { label: 'Remove overlaps', mode: { kind: 'overlap' } };
      case 'cluster': {
        const label = `Group by ${GROUP_FIELD_LABELS[request.field]}`;
        if (request.field === 'community') return { label, mode: { kind: 'cluster', grouping: null } };
        const grouping = groupNodes(graph.ids.map((id) => doc.nodes[id]!), Object.values(doc.links), doc.meta.areas, request.field);
        // The worker gets its own copy: the arrays sent to it are transferred away.
        return { label, mode: { kind: 'cluster', grouping: { groupOf: grouping.groupOf.slice(), labels: [...grouping.labels] } }, grouping };
      }
      case 'focus': {
        const selected = this.controller.state.selection.nodeIds;
        const centreId = selected.length === 1 ? selected[0]! : null;
        const centre = centreId ? graph.ids.indexOf(centreId) : -1;
        if (centre < 0) {
          this.controller.notify('info', 'Select one node first, then choose “Focus on the selected node”.');
          return null;
        }
        const name = doc.nodes[centreId!]!.name;
        const depth = depthsFrom(graph, centre, request.steps);
        const nodeIds = new Set(graph.ids.filter((_, i) => depth[i]! >= 0));
        const steps = request.steps === 1 ? 'one step' : 'two steps';
        return {
          label: `Focus on ${name}`,
          mode: { kind: 'focus', centre, steps: request.steps },
          after: () => emphasise(this.controller, { nodeIds, linkIds: new Set(), label: `${name} and everything within ${steps} of it`, source: 'layout' }),
        };
      }
    }
  }

  /** Writes the result a slice a task (a whole map at once would be one long task), then `after`. */
  private commit(ids: readonly string[], done: LayoutDone, label: string, after: () => void): void {
    const moves = ids.map((id, i) => ({ id, x: done.positions[2 * i]!, y: done.positions[2 * i + 1]! }));
    const before = this.controller.state.history.undo.length;
    const applied = this.controller.dispatchInSlices({ type: 'applyLayout', args: { moves, label } }, () => {
      after();
      if (this.controller.state.history.undo.length === before) {
        this.controller.notify('info', `${label}: nothing needed to move.`);
        return;
      }
      const stopped = done.reason === 'stopped' ? ' Stopped early: the positions reached so far are kept.' : '';
      this.controller.notify('info', `${label}: done.${stopped}`, { label: 'Undo', run: () => this.controller.undo() });
    });
    if (!applied) after();
  }

  private finish(): void {
    this.run = null;
    this.pendingFrame = null;
    this.store.set({ running: null, preview: null });
  }

  /**
   * Frames arrive faster than the screen can show them: keep only the newest, once per screen
   * frame — and on big maps at most five times a second, as each costs the page a drawing.
   */
  private scheduleFrame(ids: readonly string[]): void {
    if (this.frameScheduled) return;
    this.frameScheduled = true;
    const show = () => {
      this.frameScheduled = false;
      this.lastShown = performance.now();
      const positions = this.pendingFrame;
      this.pendingFrame = null;
      if (positions && this.run) this.store.set({ preview: { ids, positions } });
    };
    const onFrame = () => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(show) : setTimeout(show, 16));
    const wait = ids.length > FLOW_PREVIEW_LIMIT ? this.lastShown + BIG_MAP_FRAME_MS - performance.now() : 0;
    if (wait > 0) setTimeout(onFrame, wait);
    else onFrame();
  }
}

/** Communities have no names: each is called after its best-connected member. */
function communityLabels(doc: MapDocument, ids: readonly string[], groupOf: Int32Array): string[] {
  const degree = new Map<string, number>();
  for (const link of Object.values(doc.links)) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const best: { id: string; degree: number }[] = [];
  ids.forEach((id, i) => {
    const g = groupOf[i]!;
    const d = degree.get(id) ?? 0;
    if (!best[g] || d > best[g].degree) best[g] = { id, degree: d };
  });
  return best.map((b, g) => (b ? `Around ${doc.nodes[b.id]?.name ?? `group ${g + 1}`}` : `Group ${g + 1}`));
}

const services = new WeakMap<EditorController, LayoutService>();

/** The one layout service for a controller, made on first use. */
export function layoutServiceFor(controller: EditorController): LayoutService {
  let service = services.get(controller);
  if (!service) {
    service = new LayoutService(controller);
    services.set(controller, service);
  }
  return service;
}
