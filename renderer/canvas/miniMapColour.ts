import type { FlowNode } from './flowElements';

const COLOURS = { person: '#b8561b', organisation: '#2d5fb8', space: '#1b7a57', project: '#6b3fb0' } as const;

export function miniMapColour(node: FlowNode): string {
  return COLOURS[node.data.node.kind];
}
