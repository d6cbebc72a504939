/**
 * Every node is drawn as a box of this size. Fixed sizes let the canvas skip measuring the DOM
 * (React Flow can cull off-screen nodes) and let layout and overlap checks work without a DOM.
 */
export const NODE_WIDTH = 208;
export const NODE_HEIGHT = 64;

/**
 * Where a straight line from a node's centre towards `toward` leaves the node's box.
 * Links are drawn centre to centre, clipped to both boxes, so arrowheads stay visible.
 * `offsetX`/`offsetY`: the box's centre lies this far from the node's (a name chip slid
 * aside to make room, labelPlacement.ts); the node's centre stays inside the box.
 */
export function boxExit(
  centre: { x: number; y: number },
  toward: { x: number; y: number },
  width = NODE_WIDTH,
  height = NODE_HEIGHT,
  offsetX = 0,
  offsetY = 0,
): { x: number; y: number } {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = Math.min(
    dx === 0 ? Infinity : Math.max(0, width / 2 + Math.sign(dx) * offsetX) / Math.abs(dx),
    dy === 0 ? Infinity : Math.max(0, height / 2 + Math.sign(dy) * offsetY) / Math.abs(dy),
  );
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

/** The rectangle that holds every node, or null for an empty map. */
export function boundsOfNodes(nodes: Iterable<{ x: number; y: number }>): { x: number; y: number; width: number; height: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    minY = Math.min(minY, n.y);
    maxX = Math.max(maxX, n.x + NODE_WIDTH);
    maxY = Math.max(maxY, n.y + NODE_HEIGHT);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
