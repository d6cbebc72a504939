import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { LayoutState } from './layoutService';

const PAD = 28;

export interface GroupBox {
  readonly label: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box round each group's nodes, from the map (or the run in progress, while it settles). */
export function groupBoxes(
  groups: NonNullable<LayoutState['groups']>,
  nodes: Readonly<Record<string, { x: number; y: number }>>,
  preview: LayoutState['preview'],
): GroupBox[] {
  const previewIndex = preview && preview.ids === groups.ids ? preview.positions : null;
  const boxes = groups.labels.map((label) => ({ label, count: 0, minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }));
  groups.ids.forEach((id, i) => {
    const node = nodes[id];
    const box = boxes[groups.groupOf[i]!];
    if (!node || !box) return;
    const x = previewIndex ? previewIndex[2 * i]! : node.x;
    const y = previewIndex ? previewIndex[2 * i + 1]! : node.y;
    box.count++;
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x + NODE_WIDTH);
    box.maxY = Math.max(box.maxY, y + NODE_HEIGHT);
  });
  return boxes
    .filter((b) => b.count > 0)
    .map((b) => ({ label: b.label, count: b.count, x: b.minX - PAD, y: b.minY - PAD, width: b.maxX - b.minX + 2 * PAD, height: b.maxY - b.minY + 2 * PAD }));
}
