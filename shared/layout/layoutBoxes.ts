import type { NodeKind } from '../model/vocabulary';
import { estimateLabelSize } from './nameSize';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/**
 * A name as workshop mode sets it, on screen (renderer/styles/workshop.css: 22 px bold, at most
 * 300 px wide, two lines (NAME_LINES), 6 px × 12 px padding inside a 3 px border). Characters are reckoned
 * wide (0.68 em): Linux's default bold sans-serif is a wide face, and an estimate too small lets
 * names overlap.
 */
export const WORKSHOP_NAME = { fontPx: 22, maxWidth: 300, paddingX: 15, paddingY: 9, charWidth: 0.68 } as const;

/** The thicker borders workshop mode gives some kinds (a space's left edge, a project's frame), beyond the 3 px the padding allows for. */
const EXTRA_WIDTH: Record<NodeKind, number> = { person: 0, organisation: 0, space: 9, project: 6 };
const EXTRA_HEIGHT: Record<NodeKind, number> = { person: 0, organisation: 0, space: 0, project: 6 };

/**
 * The room a layout keeps for a node, centred on the node's centre, in map units: its box, or
 * its name as workshop mode shows it at zoom 1 where that is larger. So after a layout, names
 * have room at the size they will be shown in front of a room, not only the boxes.
 */
export function layoutBoxSize(kind: NodeKind, name: string): { width: number; height: number } {
  const chip = estimateLabelSize(name, WORKSHOP_NAME);
  return { width: Math.max(NODE_WIDTH, chip.width + EXTRA_WIDTH[kind]), height: Math.max(NODE_HEIGHT, chip.height + EXTRA_HEIGHT[kind]) };
}

/** Room per node, width and height interleaved, in the order given. */
export function layoutSizesOf(nodes: readonly { kind: NodeKind; name: string }[]): Float64Array {
  const sizes = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    const size = layoutBoxSize(node.kind, node.name);
    sizes[2 * i] = size.width;
    sizes[2 * i + 1] = size.height;
  });
  return sizes;
}

/** Node i's width and height from `sizes`, or the standard box where none are given. */
export function widthOf(sizes: Float64Array | null | undefined, i: number): number {
  return sizes ? sizes[2 * i]! : NODE_WIDTH;
}
export function heightOf(sizes: Float64Array | null | undefined, i: number): number {
  return sizes ? sizes[2 * i + 1]! : NODE_HEIGHT;
}

/** The widest and tallest room any node needs: the cell size for grids over these boxes. */
export function largestOf(sizes: Float64Array | null | undefined): { width: number; height: number } {
  let width = NODE_WIDTH;
  let height = NODE_HEIGHT;
  if (sizes) {
    for (let i = 0; i < sizes.length; i += 2) {
      width = Math.max(width, sizes[i]!);
      height = Math.max(height, sizes[i + 1]!);
    }
  }
  return { width, height };
}
