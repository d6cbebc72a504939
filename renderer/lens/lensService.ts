import { buildNetworkIndex } from '../../shared/analysis/networkIndex';
import { nodeAreas } from '../../shared/analysis/nodeAreas';
import type { MapDocument } from '../../shared/editing';
import {
  computeLens,
  lensNeedsAreas,
  lensNeedsNetwork,
  sameDrawing,
  sameNetwork,
  type Connectedness,
  type LensResult,
} from '../../shared/lens';
import { STANDARD_LENS, type Lens, type MapNode } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import type { EditorController } from '../state/editorController';
import { NetworkClient } from './networkClient';

/** How long the network must stay still before its measures are worked out again. */
const NETWORK_DEBOUNCE_MS = 400;

/**
 * Keeps `state.lensResult` in step with the map and the chosen lens. Colours are cheap and
 * follow every edit at once (a drag or a rename, which change no field a lens reads, is skipped); the
 * network measures (betweenness, communities) are worked out in a worker, only when nodes or
 * links come or go and the map has been still for a moment, so dragging or typing on a
 * 5,000-node map never waits for them.
 */
export class LensService {
  private network: Connectedness | null = null;
  /** The map version the measures are for, or were last asked for. */
  private networkDoc: MapDocument | null = null;
  private readonly client = new NetworkClient((network) => {
    // An answer for a map that has since been closed is of no use.
    if (!this.networkDoc || this.networkDoc.meta.id !== this.mapId) return;
    this.network = network;
    this.lastDoc = null;
    this.update();
  });
  private areasOf: ReadonlyMap<string, readonly string[]> = new Map();
  private areasDoc: MapDocument | null = null;
  private lastDoc: MapDocument | null = null;
  private lastLens: Lens | null = null;
  private mapId: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly controller: EditorController) {
    this.unsubscribe = controller.store.subscribe(() => this.update());
    this.update();
  }

  dispose(): void {
    this.unsubscribe();
    this.client.dispose();
    if (this.timer) clearTimeout(this.timer);
  }

  private update(): void {
    const { doc, lens } = this.controller.state;
    if (doc === this.lastDoc && lens === this.lastLens) return;
    if (lens === this.lastLens && doc && this.lastDoc && onlyMoved(this.lastDoc, doc)) {
      this.lastDoc = doc;
      return;
    }
    const mapId = doc?.meta.id ?? null;
    if (mapId !== this.mapId) {
      // Another map: its areas, tags and groups are different, so start from the standard look.
      this.mapId = mapId;
      this.network = null;
      this.networkDoc = null;
      this.areasDoc = null;
      if (lens !== STANDARD_LENS || this.controller.state.activeViewId !== null) {
        this.controller.store.set({ lens: STANDARD_LENS, activeViewId: null });
        return;
      }
    }
    this.lastDoc = doc;
    this.lastLens = lens;
    if (!doc) {
      if (this.controller.state.lensResult) this.controller.store.set({ lensResult: null });
      return;
    }
    if (lensNeedsNetwork(lens)) this.refreshNetwork(doc);
    if (lensNeedsAreas(lens) && (!this.areasDoc || !sameAreas(this.areasDoc, doc))) {
      const index = buildNetworkIndex(doc);
      const areas = nodeAreas(index, doc.meta.areas);
      this.areasOf = new Map(index.nodes.map((n, i) => [n.id, areas[i]!]));
      this.areasDoc = doc;
    }
    this.publish(computeLens(doc, lens, { network: lensNeedsNetwork(lens) ? this.network : null, areasOf: this.areasOf }));
  }

  private refreshNetwork(doc: MapDocument): void {
    if (this.networkDoc && sameNetwork(this.networkDoc, doc)) return;
    if (!this.network) {
      // First use on this map: ask at once; the legend says the colours are being worked out.
      this.measure(doc);
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.networkDoc = doc;
    this.timer = setTimeout(() => {
      this.timer = null;
      const current = this.controller.state.doc;
      if (!current || current.meta.id !== this.mapId || !lensNeedsNetwork(this.controller.state.lens)) return;
      this.measure(current);
    }, NETWORK_DEBOUNCE_MS);
  }

  private measure(doc: MapDocument): void {
    this.networkDoc = doc;
    this.client.request(doc);
  }

  private publish(result: LensResult): void {
    const previous = this.controller.state.lensResult;
    if (previous && previous.lens === result.lens && sameDrawing(previous, result) && sameLegend(previous, result)) return;
    this.controller.store.set({ lensResult: result });
  }
}

/** Node fields no lens colours, sizes or filters by (lensFields.ts): where a node is, and its free text. */
const UNREAD_FIELDS = new Set(['x', 'y', 'pinned', 'name', 'notes', 'contact', 'website', 'address', 'postcode', 'role', 'lead', 'lastChecked']);

/** Nothing a lens reads changed (a drag, a layout, a rename), so the lens's result stands. */
function onlyMoved(a: MapDocument, b: MapDocument): boolean {
  if (a.links !== b.links || a.meta !== b.meta) return false;
  if (a.nodes === b.nodes) return true;
  // The reader says which nodes changed: look at those alone (a rename on a 5,000-node map).
  const changed = changedBetween(a.nodes, b.nodes);
  if (changed) {
    for (const id of changed) if (!sameButUnread(a.nodes[id], b.nodes[id])) return false;
    return true;
  }
  let count = 0;
  for (const id in b.nodes) {
    count++;
    if (!sameButUnread(a.nodes[id], b.nodes[id])) return false;
  }
  return count === Object.keys(a.nodes).length;
}

function sameButUnread(before: MapNode | undefined, after: MapNode | undefined): boolean {
  if (before === after) return true;
  if (!before || !after) return false;
  for (const key in after) {
    if (!UNREAD_FIELDS.has(key) && (before as Record<string, unknown>)[key] !== (after as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** Areas can only change when links, the map's area list or a space or organisation changes. */
function sameAreas(a: MapDocument, b: MapDocument): boolean {
  if (a.links !== b.links || a.meta.areas !== b.meta.areas) return false;
  if (a.nodes === b.nodes) return true;
  if (Object.keys(a.nodes).length !== Object.keys(b.nodes).length) return false;
  for (const id in b.nodes) {
    const before = a.nodes[id];
    const after = b.nodes[id]!;
    if (!before) return false;
    if (before === after) continue;
    if (after.kind === 'space' && before.kind === 'space' && before.areaId !== after.areaId) return false;
    if (after.kind === 'organisation' && before.kind === 'organisation' && before.areasServed !== after.areasServed) return false;
  }
  return true;
}

function sameLegend(a: LensResult, b: LensResult): boolean {
  const scales = [
    [a.colour, b.colour],
    [a.size, b.size],
    [a.filter, b.filter],
  ] as const;
  for (const [x, y] of scales) {
    if (!x || !y) {
      if (x !== y) return false;
      continue;
    }
    if (x.entries.length !== y.entries.length) return false;
    for (let i = 0; i < x.entries.length; i++) {
      const p = x.entries[i]!;
      const q = y.entries[i]!;
      if (p.key !== q.key || p.count !== q.count || p.label !== q.label || p.swatch.fill !== q.swatch.fill) return false;
    }
  }
  const la = a.links ?? [];
  const lb = b.links ?? [];
  return la.length === lb.length && la.every((l, i) => l.type === lb[i]!.type && l.count === lb[i]!.count);
}

const services = new WeakMap<EditorController, { service: LensService; users: number }>();

/** One service per controller, started by the first component that needs it. */
export function retainLensService(controller: EditorController): () => void {
  let entry = services.get(controller);
  if (!entry) {
    entry = { service: new LensService(controller), users: 0 };
    services.set(controller, entry);
  }
  entry.users++;
  return () => {
    entry.users--;
    if (entry.users === 0) {
      entry.service.dispose();
      services.delete(controller);
    }
  };
}

/** Changes part of the lens. Choosing a new filter field shows every category of it at first. */
export function setLens(controller: EditorController, changes: Partial<Lens>): void {
  controller.store.set((s) => ({ lens: { ...s.lens, ...changes } }));
}
