import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/** Space a node needs in a group, links included: about two boxes' worth. */
const AREA_PER_NODE = (NODE_WIDTH + 80) * (NODE_HEIGHT + 80) * 1.8;
const GAP = 1.5 * NODE_WIDTH;

/**
 * Where each group's centre goes: groups are packed in rows, biggest first, each in a square
 * sized to its members, and the whole arrangement is centred on `around`. Rows rather than a
 * circle, because on a wide screen rows of groups read left to right like a table.
 */
export function clusterCentres(sizes: readonly number[], around: { x: number; y: number }): { x: number; y: number; side: number }[] {
  const sides = sizes.map((n) => Math.sqrt(Math.max(1, n) * AREA_PER_NODE));
  const order = sizes.map((_, g) => g).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const totalArea = sides.reduce((sum, s) => sum + (s + GAP) * (s + GAP), 0);
  // About 16:9 overall, but never narrower than the biggest group.
  const rowWidth = Math.max(Math.sqrt(totalArea * 1.8), (sides[order[0] ?? 0] ?? 0) + GAP);
  const centres: { x: number; y: number; side: number }[] = sizes.map(() => ({ x: 0, y: 0, side: 0 }));
  const rows: { groups: number[]; width: number; height: number }[] = [];
  let row = { groups: [] as number[], width: 0, height: 0 };
  for (const g of order) {
    const s = sides[g]!;
    if (row.groups.length && row.width + s > rowWidth) {
      rows.push(row);
      row = { groups: [], width: 0, height: 0 };
    }
    row.groups.push(g);
    row.width += s + GAP;
    row.height = Math.max(row.height, s);
  }
  if (row.groups.length) rows.push(row);
  const totalHeight = rows.reduce((sum, r) => sum + r.height + GAP, -GAP);
  let y = around.y - totalHeight / 2;
  for (const r of rows) {
    // Each row centred, so a short last row does not hang off to the left.
    let x = around.x - (r.width - GAP) / 2;
    for (const g of r.groups) {
      const s = sides[g]!;
      centres[g] = { x: x + s / 2, y: y + r.height / 2, side: s };
      x += s + GAP;
    }
    y += r.height + GAP;
  }
  return centres;
}
