import { LINK_TYPE_LABELS, NODE_KIND_LABELS, type MapLink, type MapMeta, type MapNode, type NodeKind } from '../model';
import { describeFieldChange } from './describeChange';

/** What the compare needs of a map: a stored snapshot or the open map, as plain lists. */
export interface ComparableMap {
  readonly map: MapMeta;
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
}

export interface NodeDifference {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly kindLabel: string;
  /** For a changed node, each changed field in plain English; empty when added or removed. */
  readonly changes: readonly string[];
}

export interface LinkDifference {
  readonly id: string;
  /** "Library → Food bank (refers or signposts to)", named from whichever map still has them. */
  readonly description: string;
  readonly source: string;
  readonly target: string;
  readonly changes: readonly string[];
}

export interface MapComparison {
  readonly nodes: {
    readonly added: readonly NodeDifference[];
    readonly removed: readonly NodeDifference[];
    readonly changed: readonly NodeDifference[];
    /**
     * Moved (or pinned) and nothing else. Where a node sits is layout, not a change to the
     * help system, so moves are listed apart and not counted in `changeCount`.
     */
    readonly moved: readonly NodeDifference[];
  };
  readonly links: {
    readonly added: readonly LinkDifference[];
    readonly removed: readonly LinkDifference[];
    readonly changed: readonly LinkDifference[];
  };
  /** The map's own settings, sticky notes and votes, each in plain English. */
  readonly other: readonly string[];
  /** Nodes and links added, removed or changed: what "N changes" means. */
  readonly changeCount: number;
}

/** Layout fields: a change to only these makes a node "moved", not "changed". */
const LAYOUT_FIELDS = new Set(['x', 'y', 'pinned']);
const IDENTITY_FIELDS = new Set(['id', 'mapId', 'kind']);
const LINK_IDENTITY = new Set(['id', 'mapId', 'source', 'target']);

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((r) => [r.id, r]));
}

function nodeEntry(node: MapNode, changes: readonly string[] = []): NodeDifference {
  return { id: node.id, name: node.name, kind: node.kind, kindLabel: NODE_KIND_LABELS[node.kind], changes };
}

function sortByName<T extends { name: string }>(list: T[]): T[] {
  return list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * Per-record results kept between runs against the same `before`: comparing with the map now
 * runs again after every edit, and records the edit did not touch are the same objects, so
 * each costs one lookup instead of a field-by-field comparison.
 */
export interface CompareCache {
  readonly before: ComparableMap;
  readonly nodes: WeakMap<MapNode, { readonly changes: readonly string[]; readonly layout: boolean }>;
  readonly links: WeakMap<MapLink, readonly string[]>;
  readonly nodesById: Map<string, MapNode>;
  readonly linksById: Map<string, MapLink>;
}

export function createCompareCache(before: ComparableMap): CompareCache {
  return { before, nodes: new WeakMap(), links: new WeakMap(), nodesById: byId(before.nodes), linksById: byId(before.links) };
}

/**
 * Compares two versions of a map — `before` (a snapshot) and `after` (a later snapshot, or the
 * map now) — record by record, by id. Pure, so the list and the markers on the map agree.
 */
export function compareMaps(before: ComparableMap, after: ComparableMap, cache?: CompareCache): MapComparison {
  const memo = cache?.before === before ? cache : null;
  const metas = [after.map, before.map];
  const was = memo?.nodesById ?? byId(before.nodes);
  const now = byId(after.nodes);
  const added: NodeDifference[] = [];
  const changed: NodeDifference[] = [];
  const moved: NodeDifference[] = [];
  for (const node of after.nodes) {
    const old = was.get(node.id);
    if (!old) {
      added.push(nodeEntry(node));
      continue;
    }
    if (old === node) continue;
    let diff = memo?.nodes.get(node);
    if (!diff) {
      diff = diffNode(old, node, metas);
      memo?.nodes.set(node, diff);
    }
    if (diff.changes.length) changed.push(nodeEntry(node, diff.changes));
    else if (diff.layout) moved.push(nodeEntry(node));
  }
  const removed = before.nodes.filter((n) => !now.has(n.id)).map((n) => nodeEntry(n));

  const nodeName = (id: string) => now.get(id)?.name ?? was.get(id)?.name ?? 'a node';
  const linkEntry = (link: MapLink, changes: readonly string[] = []): LinkDifference => ({
    id: link.id,
    source: link.source,
    target: link.target,
    description: `${nodeName(link.source)} → ${nodeName(link.target)} (${LINK_TYPE_LABELS[link.type].toLowerCase()})`,
    changes,
  });
  const linksWere = memo?.linksById ?? byId(before.links);
  const linksNow = byId(after.links);
  const linksAdded: LinkDifference[] = [];
  const linksChanged: LinkDifference[] = [];
  for (const link of after.links) {
    const old = linksWere.get(link.id);
    if (!old) {
      linksAdded.push(linkEntry(link));
      continue;
    }
    if (old === link) continue;
    let fields = memo?.links.get(link);
    if (!fields) {
      fields = diffLink(old, link, metas);
      memo?.links.set(link, fields);
    }
    const ends = old.source !== link.source || old.target !== link.target ? [`Now joins ${nodeName(link.source)} and ${nodeName(link.target)}`] : [];
    const changes = [...ends, ...fields];
    if (changes.length) linksChanged.push(linkEntry(link, changes));
  }
  const linksRemoved = before.links.filter((l) => !linksNow.has(l.id)).map((l) => linkEntry(l));
  const byDescription = (a: LinkDifference, b: LinkDifference) => a.description.localeCompare(b.description, 'en-GB');

  const nodes = { added: sortByName(added), removed: sortByName(removed), changed: sortByName(changed), moved: sortByName(moved) };
  const links = { added: linksAdded.sort(byDescription), removed: linksRemoved.sort(byDescription), changed: linksChanged.sort(byDescription) };
  return {
    nodes,
    links,
    other: compareMeta(before.map, after.map),
    changeCount: nodes.added.length + nodes.removed.length + nodes.changed.length + links.added.length + links.removed.length + links.changed.length,
  };
}

function diffNode(old: MapNode, node: MapNode, metas: readonly MapMeta[]): { changes: string[]; layout: boolean } {
  const changes: string[] = [];
  let layout = false;
  if (old.kind !== node.kind) changes.push(`Kind changed from ${NODE_KIND_LABELS[old.kind].toLowerCase()} to ${NODE_KIND_LABELS[node.kind].toLowerCase()}`);
  for (const key of new Set([...Object.keys(old), ...Object.keys(node)])) {
    if (IDENTITY_FIELDS.has(key)) continue;
    const a = (old as Record<string, unknown>)[key];
    const b = (node as Record<string, unknown>)[key];
    if (LAYOUT_FIELDS.has(key)) {
      layout ||= a !== b;
      continue;
    }
    const text = describeFieldChange(key, a, b, metas);
    if (text) changes.push(text);
  }
  return { changes, layout };
}

function diffLink(old: MapLink, link: MapLink, metas: readonly MapMeta[]): string[] {
  const changes: string[] = [];
  for (const key of new Set([...Object.keys(old), ...Object.keys(link)])) {
    if (LINK_IDENTITY.has(key)) continue;
    const text = describeFieldChange(key, (old as Record<string, unknown>)[key], (link as Record<string, unknown>)[key], metas);
    if (text) changes.push(text);
  }
  return changes;
}

function countChange(count: number, singular: string, plural: string, verb: string): string | null {
  return count ? `${count} ${count === 1 ? singular : plural} ${verb}` : null;
}

/** The map's own record: its name and settings, sticky notes and votes, in a line each. */
function compareMeta(before: MapMeta, after: MapMeta): string[] {
  const out: (string | null)[] = [];
  if (before.name !== after.name) out.push(`Map renamed from “${before.name}” to “${after.name}”`);
  if (before.description !== after.description) out.push('Map description edited');
  for (const [key, label] of [
    ['areas', 'Areas'],
    ['audiences', 'Audiences'],
    ['helpTopics', 'Help topics'],
    ['criteria', 'Safe-space criteria'],
  ] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out.push(`${label} in the map settings changed`);
  }
  const notesWere = byId(before.stickyNotes);
  const notesNow = byId(after.stickyNotes);
  out.push(countChange(after.stickyNotes.filter((n) => !notesWere.has(n.id)).length, 'sticky note', 'sticky notes', 'added'));
  out.push(countChange(before.stickyNotes.filter((n) => !notesNow.has(n.id)).length, 'sticky note', 'sticky notes', 'removed'));
  out.push(
    countChange(
      after.stickyNotes.filter((n) => {
        const old = notesWere.get(n.id);
        return old && (old.text !== n.text || old.colour !== n.colour);
      }).length,
      'sticky note',
      'sticky notes',
      'edited',
    ),
  );
  const votes = after.voting.votes.length - before.voting.votes.length;
  if (votes > 0) out.push(`${votes} more ${votes === 1 ? 'dot' : 'dots'} placed in the voting`);
  else if (votes < 0) out.push(`${-votes} ${votes === -1 ? 'dot' : 'dots'} fewer in the voting`);
  return out.filter((s): s is string => s !== null);
}
