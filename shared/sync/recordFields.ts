import { createNode, mapLinkSchema, NODE_KINDS, type NodeKind } from '../model';
import { readReflections, storeReflections } from './reflectionEntries';

/**
 * How a record's fields are stored in its `Y.Map`, and back. Each stored key merges on its own:
 * two people changing different keys of one record both keep their change.
 *
 * - Fields that only make sense together are stored as one key, so a merge can never give a
 *   position or a link that nobody chose: a node's `x` and `y` are `pos`; a link's ends are
 *   `ends`, and its type, direction and referral mode (which the schema ties together) `type`.
 * - A record's id (the key it is stored under) and `mapId` (the document's) are not stored,
 *   nor is a field at its schema default: a 5,000-node map is then about 65,000 Yjs items
 *   rather than 250,000, which is most of what opening it costs.
 */
export type Collection = 'nodes' | 'links' | 'list' | 'settings';
type Fields = Readonly<Record<string, unknown>>;

const GROUPS: Partial<Record<Collection, Readonly<Record<string, readonly string[]>>>> = {
  nodes: { pos: ['x', 'y'] },
  links: { ends: ['source', 'target'], type: ['type', 'directed', 'referralMode'] },
};

const nodeDefaults = new Map<NodeKind, Fields>(
  NODE_KINDS.map((kind) => {
    const { id: _i, mapId: _m, name: _n, x: _x, y: _y, kind: _k, ...rest } = createNode(kind, { id: 'x', mapId: 'x', name: 'x', x: 0, y: 0 });
    return [kind, rest];
  }),
);

const linkDefaults: Fields = (() => {
  const { id: _i, mapId: _m, source: _s, target: _t, type: _ty, directed: _d, referralMode: _r, ...rest } = mapLinkSchema.parse({
    id: 'a',
    mapId: 'm',
    source: 'a',
    target: 'b',
    type: 'knows',
    directed: false,
  });
  return rest;
})();

function defaultsFor(collection: Collection, record: Fields): Fields | undefined {
  if (collection === 'nodes') return nodeDefaults.get(record.kind as NodeKind);
  if (collection === 'links') return linkDefaults;
  return undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A record as the keys stored in its Y.Map. Fields at their default come back as `undefined`
 * when `keepDefaults` is false, so a new record stores only what differs from a fresh one.
 */
export function toStored(collection: Collection, record: Fields, keepDefaults: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const groups = GROUPS[collection];
  const grouped = new Set<string>();
  if (groups) {
    for (const [key, fields] of Object.entries(groups)) {
      out[key] = fields.map((f) => record[f] ?? null);
      for (const f of fields) grouped.add(f);
    }
  }
  // A node's reflections are entries of their own (reflectionEntries.ts), not one field.
  if (collection === 'nodes' && storeReflections(record, out, keepDefaults)) grouped.add('reflections').add('selfAssessment');
  const defaults = keepDefaults ? undefined : defaultsFor(collection, record);
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || grouped.has(k) || isImplicit(collection, k)) continue;
    if (defaults && k in defaults && sameJson(defaults[k], v)) continue;
    out[k] = v;
  }
  return out;
}

/** Puts a stored record's fields back: groups spread, id and mapId from where it is kept. */
export function fromStored(collection: Collection, stored: Record<string, unknown>): Record<string, unknown> {
  if (collection === 'nodes') readReflections(stored);
  const groups = GROUPS[collection];
  if (!groups) return stored;
  for (const [key, fields] of Object.entries(groups)) {
    const value = stored[key];
    if (!Array.isArray(value)) continue;
    delete stored[key];
    fields.forEach((f, i) => {
      if (value[i] !== undefined) stored[f] = value[i];
    });
  }
  return stored;
}

function isImplicit(collection: Collection, key: string): boolean {
  if (collection === 'settings') return false;
  return key === 'id' || (key === 'mapId' && collection !== 'list');
}
