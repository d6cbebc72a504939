import type { Id, MapLink, MapMeta, MapNode, MapSnapshot } from '../model';
import { MAP_SCHEMA_VERSION, MAP_SNAPSHOT_FORMAT } from '../model';

/**
 * The open map as the editor holds it: records keyed by id so a command can find, replace or
 * remove one in constant time. Treated as immutable — every change makes a new document that
 * shares every untouched record with the old one, so React can compare by reference.
 */
export interface MapDocument {
  readonly meta: MapMeta;
  readonly nodes: Readonly<Record<Id, MapNode>>;
  readonly links: Readonly<Record<Id, MapLink>>;
}

export function documentFromSnapshot(snapshot: Pick<MapSnapshot, 'map' | 'nodes' | 'links'>): MapDocument {
  const nodes: Record<Id, MapNode> = {};
  for (const node of snapshot.nodes) nodes[node.id] = node;
  const links: Record<Id, MapLink> = {};
  for (const link of snapshot.links) links[link.id] = link;
  return { meta: snapshot.map, nodes, links };
}

export function snapshotFromDocument(doc: MapDocument): MapSnapshot {
  return {
    format: MAP_SNAPSHOT_FORMAT,
    schemaVersion: MAP_SCHEMA_VERSION,
    map: doc.meta,
    nodes: Object.values(doc.nodes),
    links: Object.values(doc.links),
  };
}

/** Links that touch any of the given nodes: deleting a node must take these with it. */
export function linksTouching(doc: MapDocument, nodeIds: ReadonlySet<Id>): MapLink[] {
  return Object.values(doc.links).filter((l) => nodeIds.has(l.source) || nodeIds.has(l.target));
}
