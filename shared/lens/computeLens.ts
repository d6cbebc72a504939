import type { MapDocument } from '../editing/mapDocument';
import type { Lens } from '../model';
import type { Connectedness } from './connectedness';
import { fieldScale, type FieldScale, type ScaleContext } from './fieldScale';
import { lensFieldInfo } from './lensFields';
import { linkLegend, type LinkLegendEntry } from './linkColours';
import { nodeLook, scaleForLevel, type NodeLook } from './nodeLook';

export interface LensResult {
  readonly lens: Lens;
  readonly colour: FieldScale;
  readonly size: FieldScale | null;
  readonly filter: FieldScale | null;
  readonly links: readonly LinkLegendEntry[] | null;
  /** Node id → how it is drawn. */
  readonly looks: ReadonlyMap<string, NodeLook>;
  /** Nodes the filter hides (only in "hide" mode; in "fade" mode they are faded instead). */
  readonly hidden: ReadonlySet<string>;
  /** Nodes the filter leaves on the map. */
  readonly shown: number;
  /** Some field needs network measures that are not worked out yet. */
  readonly waitingForNetwork: boolean;
}

/** Whether a lens needs the network measures (degree, brokerage, communities). */
export function lensNeedsNetwork(lens: Lens): boolean {
  return [lens.colour, lens.size, lens.filter?.field].some((f) => f !== null && f !== undefined && lensFieldInfo(f).network);
}

/** Whether a lens needs each node's areas (worked out from links for people and projects). */
export function lensNeedsAreas(lens: Lens): boolean {
  return lens.colour === 'area' || lens.filter?.field === 'area';
}

/**
 * Applies a lens to the map: every node's colour, size and whether the filter keeps it, and
 * the legend that explains them — all from the same scales.
 */
export function computeLens(
  doc: MapDocument,
  lens: Lens,
  context: { network: Connectedness | null; areasOf: ReadonlyMap<string, readonly string[]> },
): LensResult {
  const ctx: ScaleContext = { doc, ...context };
  const colour = fieldScale(lens.colour, ctx);
  const size = lens.size ? (lens.size === lens.colour ? colour : fieldScale(lens.size, ctx)) : null;
  const filter = lens.filter ? (lens.filter.field === lens.colour ? colour : fieldScale(lens.filter.field, ctx)) : null;
  const hide = new Set(lens.filter?.hide ?? []);
  const fade = lens.filter?.mode === 'fade';
  const looks = new Map<string, NodeLook>();
  const hidden = new Set<string>();
  for (const id in doc.nodes) {
    const entry = colour.entryOf.get(id)!;
    const out = filter !== null && hide.has(filter.entryOf.get(id)!.key);
    if (out && !fade) hidden.add(id);
    looks.set(
      id,
      nodeLook({
        fill: entry.swatch.fill,
        ink: entry.swatch.ink,
        border: entry.swatch.border ?? null,
        scale: size ? scaleForLevel(size.entryOf.get(id)!.level) : 1,
        filteredOut: out && fade,
      }),
    );
  }
  const waitingForNetwork = lensNeedsNetwork(lens) && context.network === null;
  return {
    lens,
    colour,
    size,
    filter,
    links: lens.linkColour ? linkLegend(Object.values(doc.links)) : null,
    looks,
    hidden,
    shown: Object.keys(doc.nodes).length - hidden.size,
    waitingForNetwork,
  };
}

/** Whether two results draw every node the same way, so the canvas need not hear of it. */
export function sameDrawing(a: LensResult, b: LensResult): boolean {
  if (a.looks.size !== b.looks.size || a.hidden.size !== b.hidden.size) return false;
  for (const [id, look] of a.looks) if (b.looks.get(id) !== look) return false;
  for (const id of a.hidden) if (!b.hidden.has(id)) return false;
  return true;
}
