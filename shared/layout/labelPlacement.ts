/**
 * Which node names to show when there is not room for them all: the way a street map drops
 * the names of small places when zoomed out. Used by workshop mode, whose names are a fixed
 * size on screen (readable from the back of the room), so at the whole-map zoom of a dense map
 * they would pile on top of each other; instead the most important are shown in full and the
 * rest are drawn as small markers until the map is zoomed in.
 */
export interface LabelCandidate {
  readonly id: string;
  /** Centre of the node, in map units. */
  readonly x: number;
  readonly y: number;
  /** Size of the label when shown, in screen pixels (it stays this size at any zoom). */
  readonly width: number;
  readonly height: number;
  /** Higher goes first; ties keep the order given. */
  readonly priority: number;
}

/**
 * Greedy placement, highest priority first: a label is shown when its box, at this zoom,
 * keeps `gap` screen pixels clear of every label already shown. So a shown label never
 * overlaps another, and a label is only ever left out for one that matters at least as much.
 * A uniform grid keeps it linear in the number of nodes.
 */
export function placeLabels(candidates: readonly LabelCandidate[], zoom: number, gap = 6): Set<string> {
  const shown = new Set<string>();
  if (candidates.length === 0 || !(zoom > 0)) return shown;
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  const toMap = 1 / zoom;
  let largest = 0;
  for (const c of candidates) largest = Math.max(largest, c.width, c.height);
  const cell = (largest + gap) * toMap;
  const grid = new Map<string, Box[]>();
  const keyOf = (gx: number, gy: number) => `${gx},${gy}`;
  for (const i of order) {
    const c = candidates[i]!;
    const halfW = ((c.width + gap) / 2) * toMap;
    const halfH = ((c.height + gap) / 2) * toMap;
    const box: Box = { left: c.x - halfW, right: c.x + halfW, top: c.y - halfH, bottom: c.y + halfH };
    const gx0 = Math.floor(box.left / cell);
    const gx1 = Math.floor(box.right / cell);
    const gy0 = Math.floor(box.top / cell);
    const gy1 = Math.floor(box.bottom / cell);
    let clear = true;
    for (let gx = gx0; gx <= gx1 && clear; gx++) {
      for (let gy = gy0; gy <= gy1 && clear; gy++) {
        for (const other of grid.get(keyOf(gx, gy)) ?? []) {
          if (overlaps(box, other)) {
            clear = false;
            break;
          }
        }
      }
    }
    if (!clear) continue;
    shown.add(c.id);
    for (let gx = gx0; gx <= gx1; gx++) {
      for (let gy = gy0; gy <= gy1; gy++) {
        const key = keyOf(gx, gy);
        const list = grid.get(key);
        if (list) list.push(box);
        else grid.set(key, [box]);
      }
    }
  }
  return shown;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The screen size of a name set in a box `maxWidth` wide, wrapped onto at most two lines, from
 * its length alone (no DOM): `charWidth` is a generous average for bold sans-serif, so the
 * estimate errs large and shown names stay clear of each other.
 */
export function estimateLabelSize(name: string, style: { fontPx: number; maxWidth: number; paddingX: number; paddingY: number; charWidth?: number; lineHeight?: number }): { width: number; height: number } {
  const charWidth = (style.charWidth ?? 0.62) * style.fontPx;
  const lineHeight = (style.lineHeight ?? 1.12) * style.fontPx;
  const textWidth = Math.max(1, name.trim().length) * charWidth;
  const room = style.maxWidth - 2 * style.paddingX;
  const lines = Math.min(2, Math.ceil(textWidth / room));
  return {
    width: Math.min(style.maxWidth, textWidth + 2 * style.paddingX),
    height: lines * lineHeight + 2 * style.paddingY,
  };
}
