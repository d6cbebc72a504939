/** A name tag to place by its node: its size on screen (px) and its node's box (map units). */
export interface TagRequest {
  readonly id: string;
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const GAP = 4;
const overlaps = (a: Rect, b: Rect) => a.left < b.right + GAP && a.right + GAP > b.left && a.top < b.bottom + GAP && a.bottom + GAP > b.top;

/**
 * Puts each tag just above its node, or below, left or right of it when that is taken, so no
 * two tags overlap and none covers another tagged node. Few nodes (a finding's), so a plain
 * greedy pass. Returns each tag's centre in map units; a tag with nowhere free goes above anyway
 * (better a name overlapped than no name).
 */
export function placeTags(tags: readonly TagRequest[], zoom: number): { id: string; name: string; x: number; y: number; width: number }[] {
  const px = (v: number) => v * zoom;
  const boxes: Rect[] = tags.map((t) => ({ left: px(t.box.x), top: px(t.box.y), right: px(t.box.x + t.box.width), bottom: px(t.box.y + t.box.height) }));
  const placed: Rect[] = [];
  return tags.map((t, i) => {
    const b = boxes[i]!;
    const cx = (b.left + b.right) / 2;
    const cy = (b.top + b.bottom) / 2;
    const options = [
      { x: cx, y: b.top - GAP - t.height / 2 },
      { x: cx, y: b.bottom + GAP + t.height / 2 },
      { x: b.right + GAP + t.width / 2, y: cy },
      { x: b.left - GAP - t.width / 2, y: cy },
      { x: cx, y: b.top - 2 * GAP - (3 * t.height) / 2 },
      { x: cx, y: b.bottom + 2 * GAP + (3 * t.height) / 2 },
    ];
    const rectAt = (o: { x: number; y: number }): Rect => ({ left: o.x - t.width / 2, right: o.x + t.width / 2, top: o.y - t.height / 2, bottom: o.y + t.height / 2 });
    const free = options.find((o) => {
      const r = rectAt(o);
      return !placed.some((p) => overlaps(r, p)) && !boxes.some((other, j) => j !== i && overlaps(r, other));
    });
    const chosen = free ?? options[0]!;
    placed.push(rectAt(chosen));
    return { id: t.id, name: t.name, x: chosen.x / zoom, y: chosen.y / zoom, width: t.width };
  });
}
