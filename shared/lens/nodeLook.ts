/**
 * How one node is drawn under the current lens. Looks are interned — the same fill, size and
 * state always give the very same object — so a canvas node can select its look from the
 * store and re-render only when its own look really changes.
 */
export interface NodeLook {
  readonly fill: string;
  readonly ink: string;
  /** Outline colour; null keeps a neutral dark outline. */
  readonly border: string | null;
  /** 0.6 to 1 of the node's full box. */
  readonly scale: number;
  /** Left out by the lens's filter but shown faded rather than hidden. */
  readonly filteredOut: boolean;
}

const interned = new Map<string, NodeLook>();

export function nodeLook(parts: NodeLook): NodeLook {
  const key = `${parts.fill}|${parts.ink}|${parts.border ?? ''}|${parts.scale}|${parts.filteredOut ? 1 : 0}`;
  let look = interned.get(key);
  if (!look) {
    look = Object.freeze({ ...parts });
    // A map has at most a few dozen looks; the bound only guards against a runaway.
    if (interned.size > 10_000) interned.clear();
    interned.set(key, look);
  }
  return look;
}

export const MIN_SCALE = 0.6;

/** The size steps: a node's scale from its band's level (0 = lowest, 1 = highest). */
export function scaleForLevel(level: number | null): number {
  if (level === null) return MIN_SCALE;
  const steps = 5;
  const step = Math.round(Math.min(1, Math.max(0, level)) * (steps - 1));
  return Math.round((MIN_SCALE + ((1 - MIN_SCALE) * step) / (steps - 1)) * 100) / 100;
}
