import fc from 'fast-check';
import {
  LINK_TYPES,
  NODE_KINDS,
  PERSON_ROLES,
  createLink,
  createMapMeta,
  createNode,
  type MapLink,
  type MapNode,
  type MapSnapshot,
} from '../../shared/model';

const MAP_ID = 'map-under-test';

/** Names as people type them, plus hostile ones: markup, quotes, separators, formulas. */
export const nameArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0).map((s) => s.trim()),
  fc.constantFrom('<script>alert(1)</script>', 'Café "Ødegaard", Rochdale', '=HYPERLINK("x")', 'A | B', '__proto__', 'constructor', '  spaced  '.trim(), 'Line\nbreak'),
);

const tagArb = fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 &-]{0,15}$/).map((s) => s.trim()).filter((s) => s.length > 0), { maxLength: 3 }).map((t) => [...new Set(t)]);

const nodeArb = (index: number) =>
  fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      name: nameArb,
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      tags: tagArb,
      notes: fc.oneof(fc.constant(''), fc.string({ maxLength: 60 })),
      role: fc.constantFrom('', ...PERSON_ROLES),
    })
    .map(({ kind, name, x, y, tags, notes, role }): MapNode => {
      const node = createNode(kind, { id: `n${index}`, mapId: MAP_ID, name, x, y });
      return { ...node, tags, notes, ...(node.kind === 'person' ? { role } : {}) } as MapNode;
    });

/** Any valid map: up to 12 nodes of every kind and links of every type between them. */
export const mapArb: fc.Arbitrary<MapSnapshot> = fc
  .integer({ min: 0, max: 12 })
  .chain((count) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: count }, (_, i) => nodeArb(i))),
      fc.array(fc.record({ a: fc.nat(), b: fc.nat(), type: fc.constantFrom(...LINK_TYPES), strength: fc.constantFrom(1, 2, 3) }), { maxLength: count * 2 }),
      fc.string({ maxLength: 40 }),
    ),
  )
  .map(([nodes, rawLinks, description]) => {
    const links: MapLink[] = [];
    rawLinks.forEach(({ a, b, type, strength }, i) => {
      if (nodes.length < 2) return;
      const source = nodes[a % nodes.length]!.id;
      const target = nodes[b % nodes.length]!.id;
      if (source === target) return;
      links.push({ ...createLink({ id: `l${i}`, mapId: MAP_ID, source, target, type }), strength: strength as 1 | 2 | 3 });
    });
    const map = { ...createMapMeta('Property map', new Date('2026-03-01T10:00:00Z'), MAP_ID), description, areas: [{ id: 'a1', name: 'Kirkholt' }] };
    return { format: 'good-help-map' as const, schemaVersion: 1 as const, map, nodes, links };
  });
