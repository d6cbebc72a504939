/**
 * What a layout run works on. Plain arrays indexed by node position in `ids` rather than
 * records, so a 10,000-node map crosses to the worker as a few typed arrays (transferred, not
 * copied) and the simulation loops touch no strings.
 */
export interface LayoutGraph {
  readonly ids: readonly string[];
  /** Top-left corners, x0, y0, x1, y1, … — as stored on the map. */
  readonly positions: Float64Array;
  /** 1 where the node is pinned: it never moves. */
  readonly pinned: Uint8Array;
  /** Pairs of node indices, source0, target0, source1, target1, … */
  readonly links: Uint32Array;
  /**
   * Room each node needs, centred on its box's centre: width0, height0, width1, … (its box, or
   * its workshop-size name where larger: layoutBoxes.ts). Without it, the standard box.
   */
  readonly sizes?: Float64Array;
}

export type GroupField = 'area' | 'kind' | 'organisation' | 'tag' | 'community';

export const GROUP_FIELD_LABELS: Record<GroupField, string> = {
  area: 'area',
  kind: 'kind',
  organisation: 'organisation',
  tag: 'tag',
  community: 'community',
};

/** Which nodes belong together: a group index per node, and each group's name. */
export interface Grouping {
  readonly groupOf: Int32Array;
  readonly labels: readonly string[];
}

export type LayoutMode =
  | { readonly kind: 'organic' }
  /** Without a grouping, communities are detected from the links (in the worker: it is heavy). */
  | { readonly kind: 'cluster'; readonly grouping: Grouping | null }
  | { readonly kind: 'focus'; readonly centre: number; readonly steps: 1 | 2 }
  | { readonly kind: 'overlap' };

export interface LayoutOptions {
  readonly seed: number;
  /** Hard cap on simulation steps, whatever the cooling says. */
  readonly maxTicks: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { seed: 1, maxTicks: 400 };

/** Why a run ended: it settled, the user stopped it, or it hit the step limit. */
export type LayoutEndReason = 'settled' | 'stopped' | 'limit';
