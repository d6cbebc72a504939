import { z } from 'zod';
import { mapLinkSchema } from './mapLink';
import { mapMetaSchema } from './mapMeta';
import { mapNodeSchema } from './mapNode';
import { MAP_SCHEMA_VERSION } from './schemaVersion';

export const MAP_SNAPSHOT_FORMAT = 'good-help-map';

/**
 * A whole map as one JSON value: what the demo map, backups and (later) `.ghmap` files hold.
 * Records carry their map's id; `checkSnapshotIntegrity` makes sure they agree and that every
 * link joins two nodes that exist.
 */
export const mapSnapshotSchema = z.object({
  format: z.literal(MAP_SNAPSHOT_FORMAT),
  schemaVersion: z.literal(MAP_SCHEMA_VERSION),
  map: mapMetaSchema,
  nodes: z.array(mapNodeSchema).max(200_000),
  links: z.array(mapLinkSchema).max(1_000_000),
});
export type MapSnapshot = z.infer<typeof mapSnapshotSchema>;

/** Problems zod cannot see record by record: foreign keys and duplicate ids. */
export function checkSnapshotIntegrity(snapshot: MapSnapshot): string[] {
  const problems: string[] = [];
  const nodeIds = new Set<string>();
  snapshot.nodes.forEach((node, i) => {
    if (node.mapId !== snapshot.map.id) problems.push(`Node ${i + 1} ("${node.name}") belongs to another map`);
    if (nodeIds.has(node.id)) problems.push(`Node ${i + 1} ("${node.name}") repeats the id ${node.id}`);
    nodeIds.add(node.id);
  });
  const linkIds = new Set<string>();
  snapshot.links.forEach((link, i) => {
    if (link.mapId !== snapshot.map.id) problems.push(`Link ${i + 1} belongs to another map`);
    if (linkIds.has(link.id)) problems.push(`Link ${i + 1} repeats the id ${link.id}`);
    linkIds.add(link.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(link[end])) problems.push(`Link ${i + 1} points to a missing node (${end} ${link[end]})`);
    }
  });
  return problems;
}
