import type { MapDocument } from '../editing/mapDocument';
import { NODE_WIDTH, boundsOfNodes } from '../layout/nodeSize';
import { newId, type Area, type MapLink, type MapMeta, type MapNode, type MapSnapshot } from '../model';

export interface MergeChange {
  readonly name: string;
  /** The fields that differ, by their names in the model. */
  readonly fields: readonly string[];
}

/** What merging a file into the open map will do: shown before anything changes. */
export interface MergePlan {
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
  readonly meta?: MapMeta;
  readonly addedNodes: readonly string[];
  readonly changedNodes: readonly MergeChange[];
  readonly addedLinks: number;
  readonly changedLinks: number;
  readonly unchanged: number;
}

const IGNORED_FIELDS = new Set(['id', 'mapId', 'x', 'y', 'pinned']);
const key = (kind: string, name: string) => `${kind}\u0000${name.trim().toLowerCase()}`;

/**
 * Merges another map into the open one: a node is the same node if it has the same id, or
 * else the same kind and name. Matched nodes take the file's details but keep their place on
 * this map; new nodes keep their own layout, moved beside this map if they would overlap it.
 * Areas are matched by name, and new ones added.
 */
export function planMerge(doc: MapDocument, incoming: MapSnapshot): MergePlan {
  const byKindName = new Map(Object.values(doc.nodes).map((n) => [key(n.kind, n.name), n]));
  const { meta, areaIdOf } = mergeMeta(doc.meta, incoming.map);
  const idOf = new Map<string, string>();
  const nodes: MapNode[] = [];
  const added: MapNode[] = [];
  const changedNodes: MergeChange[] = [];
  let unchanged = 0;
  for (const node of incoming.nodes) {
    const sameId = doc.nodes[node.id];
    const existing = sameId && sameId.kind === node.kind ? sameId : byKindName.get(key(node.kind, node.name));
    const remapped = remapAreas(node, areaIdOf);
    if (existing) {
      idOf.set(node.id, existing.id);
      const next = { ...remapped, id: existing.id, mapId: doc.meta.id, x: existing.x, y: existing.y, pinned: existing.pinned } as MapNode;
      const fields = differences(existing, next);
      if (fields.length === 0) {
        unchanged++;
        continue;
      }
      changedNodes.push({ name: existing.name, fields });
      nodes.push(next);
    } else {
      const id = sameId ? newId() : node.id;
      idOf.set(node.id, id);
      const next = { ...remapped, id, mapId: doc.meta.id } as MapNode;
      added.push(next);
    }
  }
  nodes.push(...placeBeside(Object.values(doc.nodes), added));

  const byEnds = new Map(Object.values(doc.links).map((l) => [`${l.source}>${l.target}>${l.type}`, l]));
  const links: MapLink[] = [];
  let addedLinks = 0;
  let changedLinks = 0;
  for (const link of incoming.links) {
    const source = idOf.get(link.source);
    const target = idOf.get(link.target);
    if (!source || !target || source === target) continue;
    const existing = (doc.links[link.id]?.source === source && doc.links[link.id]?.target === target ? doc.links[link.id] : undefined) ?? byEnds.get(`${source}>${target}>${link.type}`);
    const next: MapLink = { ...link, id: existing?.id ?? (doc.links[link.id] ? newId() : link.id), mapId: doc.meta.id, source, target };
    if (existing && differences(existing, next).length === 0) {
      unchanged++;
      continue;
    }
    if (existing) changedLinks++;
    else addedLinks++;
    links.push(next);
  }
  return {
    nodes,
    links,
    ...(meta ? { meta } : {}),
    addedNodes: added.map((n) => n.name),
    changedNodes,
    addedLinks,
    changedLinks,
    unchanged,
  };
}

function mergeMeta(current: MapMeta, other: MapMeta): { meta?: MapMeta; areaIdOf: Map<string, string> } {
  const areaIdOf = new Map<string, string>();
  const byName = new Map(current.areas.map((a) => [a.name.trim().toLowerCase(), a]));
  const newAreas: Area[] = [];
  for (const area of other.areas) {
    const found = byName.get(area.name.trim().toLowerCase());
    if (found) areaIdOf.set(area.id, found.id);
    else {
      const id = current.areas.some((a) => a.id === area.id) ? newId() : area.id;
      areaIdOf.set(area.id, id);
      newAreas.push({ ...area, id });
    }
  }
  const missing = <T extends { id: string }>(mine: readonly T[], theirs: readonly T[]) => theirs.filter((t) => !mine.some((m) => m.id === t.id));
  const extra = {
    areas: newAreas,
    audiences: missing(current.audiences, other.audiences),
    helpTopics: missing(current.helpTopics, other.helpTopics),
    criteria: missing(current.criteria, other.criteria),
    views: missing(current.views, other.views),
  };
  if (Object.values(extra).every((list) => list.length === 0)) return { areaIdOf };
  return {
    areaIdOf,
    meta: {
      ...current,
      areas: [...current.areas, ...extra.areas],
      audiences: [...current.audiences, ...extra.audiences],
      helpTopics: [...current.helpTopics, ...extra.helpTopics],
      criteria: [...current.criteria, ...extra.criteria],
      views: [...current.views, ...extra.views],
    },
  };
}

function remapAreas(node: MapNode, areaIdOf: Map<string, string>): MapNode {
  if (node.kind === 'space' && node.areaId) return { ...node, areaId: areaIdOf.get(node.areaId) ?? null };
  if (node.kind === 'organisation') return { ...node, areasServed: node.areasServed.map((id) => areaIdOf.get(id)).filter((id): id is string => Boolean(id)) };
  return node;
}

function differences(a: object, b: object): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].filter((f) => !IGNORED_FIELDS.has(f) && JSON.stringify((a as Record<string, unknown>)[f]) !== JSON.stringify((b as Record<string, unknown>)[f]));
}

/** Keeps the newcomers' own layout, shifted to the right of the map if the two would overlap. */
function placeBeside(existing: readonly MapNode[], added: MapNode[]): MapNode[] {
  const mine = boundsOfNodes(existing);
  const theirs = boundsOfNodes(added);
  if (!mine || !theirs) return added;
  const overlaps = theirs.x < mine.x + mine.width && mine.x < theirs.x + theirs.width && theirs.y < mine.y + mine.height && mine.y < theirs.y + theirs.height;
  if (!overlaps) return added;
  const dx = mine.x + mine.width + 2 * NODE_WIDTH - theirs.x;
  const dy = mine.y - theirs.y;
  return added.map((n) => ({ ...n, x: n.x + dx, y: n.y + dy }));
}
