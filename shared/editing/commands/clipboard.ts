import { z } from 'zod';
import { mapLinkSchema, mapNodeSchema, newId, type Id, type MapLink, type MapNode } from '../../model';
import type { MapDocument } from '../mapDocument';
import type { RecordChange } from '../patch';
import { refuse, type EditOutcome } from './editResult';

export const CLIPBOARD_FORMAT = 'good-help-map/clipboard';

/** What Copy puts on the clipboard. It can come back from anywhere, so paste parses it. */
export const clipboardPayloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  nodes: z.array(mapNodeSchema).max(20_000),
  links: z.array(mapLinkSchema).max(100_000),
});
export type ClipboardPayload = z.infer<typeof clipboardPayloadSchema>;

/** The selected nodes and the links among them (a link to an unselected node stays behind). */
export function copySelection(doc: MapDocument, nodeIds: readonly Id[]): ClipboardPayload {
  const ids = new Set(nodeIds.filter((id) => doc.nodes[id]));
  return {
    format: CLIPBOARD_FORMAT,
    nodes: [...ids].map((id) => doc.nodes[id]!),
    links: Object.values(doc.links).filter((l) => ids.has(l.source) && ids.has(l.target)),
  };
}

/** Parses clipboard text; anything that is not our own payload is simply not pasteable. */
export function parseClipboardText(text: string): ClipboardPayload | null {
  try {
    const parsed = clipboardPayloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Pastes copies with fresh ids, shifted by `offset` so they do not sit exactly on top of the
 * originals. Pasting the same thing twice gives two independent copies.
 */
export function pasteClipboard(
  doc: MapDocument,
  args: { payload: ClipboardPayload; offset: { x: number; y: number } },
): EditOutcome {
  const { payload, offset } = args;
  if (payload.nodes.length === 0) return refuse('There is nothing on the clipboard to paste.');
  const newIds = new Map<Id, Id>();
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  for (const node of payload.nodes) {
    const id = newId();
    newIds.set(node.id, id);
    nodes[id] = {
      before: null,
      after: { ...node, id, mapId: doc.meta.id, x: node.x + offset.x, y: node.y + offset.y, pinned: false },
    };
  }
  const links: Record<Id, RecordChange<MapLink>> = {};
  for (const link of payload.links) {
    const source = newIds.get(link.source);
    const target = newIds.get(link.target);
    if (!source || !target) continue;
    const id = newId();
    links[id] = { before: null, after: { ...link, id, mapId: doc.meta.id, source, target } };
  }
  const count = payload.nodes.length;
  return {
    ok: true,
    label: `Paste ${count} node${count === 1 ? '' : 's'}`,
    patch: { nodes, links },
    mode: 'record',
    select: { nodeIds: [...newIds.values()], linkIds: [] },
  };
}
