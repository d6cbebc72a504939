import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, documentFromSnapshot, runCommand, type MapDocument } from '../../shared/editing';
import { customFieldsInUse } from '../../shared/editing/customFieldsInUse';
import { mapToKumuCsv } from '../../shared/exporters/kumuCsv';
import { mapToKumuXlsx } from '../../shared/exporters/kumuXlsx';
import { anonymiseMap } from '../../shared/files/anonymise';
import { readMapFile } from '../../shared/files/readMapFile';
import { buildMapFile, serialiseMapFile } from '../../shared/files/writeMapFile';
import { suggestPlan } from '../../shared/importers/columnMapping';
import { planImport } from '../../shared/importers/planImport';
import { readImportFiles, type ImportFile } from '../../shared/importers/readImportFiles';
import { rowsToBatch } from '../../shared/importers/rowsToBatch';
import { computeLens, customLensFields, fieldScale, NOT_SET_KEY } from '../../shared/lens';
import { STANDARD_LENS, createMapMeta, customFieldsSchema, mapNodeSchema, lensSchema, parseCustomValue, type CustomFields, type MapSnapshot } from '../../shared/model';
import { commandSession } from './commandSession';
import { mapArb } from './filesArbitraries';

const enc = (text: string) => new TextEncoder().encode(text);
const emptyDoc = (): MapDocument => documentFromSnapshot({ map: createMapMeta('Import target', new Date('2026-01-01T00:00:00Z'), 'target'), nodes: [], links: [] });

async function importInto(doc: MapDocument, files: ImportFile[]): Promise<MapDocument> {
  const source = await readImportFiles(files);
  const batch = rowsToBatch(source.tables.map(suggestPlan));
  const plan = planImport(doc, { ...batch, elements: [...batch.elements, ...source.batches.flatMap((b) => b.elements)], connections: [...batch.connections, ...source.batches.flatMap((b) => b.connections)] });
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: 'Import' } });
  if (!outcome.ok) throw new Error(outcome.error);
  return applyPatch(doc, outcome.patch);
}

const RESERVED = /^(id|label|type|description|tags|role|organisation type|area|website|contact|address|postcode|x|y|from|to|strength|direction|kind|notes|link type|element type|connection type)$/i;
const fieldName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,14}[A-Za-z0-9]$/).filter((s) => !RESERVED.test(s) && !/\s\s/.test(s));
const fieldValue = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.boolean(),
  fc.stringMatching(/^[A-Za-z][A-Za-z ,.&'-]{0,20}[A-Za-z]$/).filter((s) => !/^(true|false)$/i.test(s) && !/\s\s/.test(s)),
);
const fieldsArb = fc.dictionary(fieldName, fieldValue, { maxKeys: 4 }) as fc.Arbitrary<CustomFields>;

/** Any map whose nodes and links carry custom fields of every type. */
const customMapArb: fc.Arbitrary<MapSnapshot> = mapArb
  .filter((m) => m.nodes.length > 0)
  .chain((m) =>
    fc.tuple(fc.constant(m), fc.array(fieldsArb, { minLength: m.nodes.length, maxLength: m.nodes.length }), fc.array(fieldsArb, { minLength: m.links.length, maxLength: m.links.length })),
  )
  .map(([m, nodeFields, linkFields]) => ({
    ...m,
    nodes: m.nodes.map((n, i) => ({ ...n, name: n.name.replace(/\s+/g, ' ').trim() || 'x', notes: n.notes.trim(), customFields: nodeFields[i]! })),
    links: m.links.map((l, i) => ({ ...l, notes: l.notes.trim(), customFields: linkFields[i]! })),
  }));

const byId = <T extends { id: string; customFields?: CustomFields }>(records: Iterable<T>) => Object.fromEntries([...records].map((r) => [r.id, r.customFields ?? {}]));

describe('custom fields in the model', () => {
  it('are bounded and validated: names, values and how many', () => {
    expect(customFieldsSchema.safeParse({ Power: 7, 'Value flow': 'funding', Funded: true }).success).toBe(true);
    // A file's "__proto__" key never reaches a prototype: it is dropped.
    const hostile = customFieldsSchema.parse(JSON.parse('{"__proto__": {"polluted": 1}, "Power": 2}'));
    expect(Object.keys(hostile)).toEqual(['Power']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(customFieldsSchema.safeParse({ constructor: 1 }).success).toBe(false);
    expect(customFieldsSchema.safeParse({ '': 1 }).success).toBe(false);
    expect(customFieldsSchema.safeParse({ Power: Number.NaN }).success).toBe(false);
    expect(customFieldsSchema.safeParse({ Notes: 'x'.repeat(5001) }).success).toBe(false);
    expect(customFieldsSchema.safeParse({ Nested: { a: 1 } }).success).toBe(false);
    expect(customFieldsSchema.safeParse(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, i]))).success).toBe(false);
  });

  it('are optional, so records made before them still load', () => {
    const node = mapNodeSchema.parse({ id: 'n1', mapId: 'm', kind: 'person', name: 'Amy', x: 0, y: 0 });
    expect(node.customFields).toBeUndefined();
  });

  it('read cell text as the value it plainly is', () => {
    expect(parseCustomValue('7')).toBe(7);
    expect(parseCustomValue('-2.5')).toBe(-2.5);
    expect(parseCustomValue('007')).toBe('007');
    expect(parseCustomValue('TRUE')).toBe(true);
    expect(parseCustomValue('+')).toBe('+');
    expect(parseCustomValue('1e999')).toBe('1e999');
  });

  it('are edited in Details by an undoable command, and refused when invalid', () => {
    const session = commandSession(emptyDoc());
    session.run({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'org', name: 'Food bank' } });
    session.run({ type: 'updateNode', args: { id: 'org', changes: { customFields: { Power: 7 } } } });
    expect(session.doc.nodes.org!.customFields).toEqual({ Power: 7 });
    expect(session.refused({ type: 'updateNode', args: { id: 'org', changes: { customFields: { Power: { nested: true } } as never } } })).toBeTruthy();
    session.run({ type: 'updateNode', args: { id: 'org', changes: { customFields: { Power: 8 } } } });
    session.run({ type: 'updateNode', args: { id: 'org', changes: { customFields: { Power: 8, Funded: true } } } });
    // Adding a field is its own undo step; typing in one field is one step.
    session.undo();
    expect(session.doc.nodes.org!.customFields).toEqual({ Power: 8 });
    session.undo();
    expect(session.doc.nodes.org!.customFields).toBeUndefined();
  });

  it('are listed with where they are, how many have them and what they hold', () => {
    const doc = documentFromSnapshot(fc.sample(customMapArb, { seed: 3, numRuns: 1 })[0]!);
    const withFields = { ...doc, nodes: { ...doc.nodes, extra: { ...Object.values(doc.nodes)[0]!, id: 'extra', customFields: { Power: 3 } } } };
    const first = { ...Object.values(doc.nodes)[0]!, id: 'extra2', customFields: { Power: 'high' } };
    const uses = customFieldsInUse({ ...withFields, nodes: { ...withFields.nodes, extra2: first } });
    expect(uses.find((u) => u.name === 'Power' && u.on === 'node')).toMatchObject({ type: 'mixed' });
  });
});

describe('custom fields come in from spreadsheets', () => {
  it('keeps every column that is none of ours, typed, on nodes and links', async () => {
    const elements = 'Label,Type,Power,Value flow,Funded\nFood bank,Charity,7,food parcels,true\nHub,Space,,,\n';
    const connections = 'From,To,Type,Amount\nFood bank,Hub,+,1200\n';
    const doc = await importInto(emptyDoc(), [
      { name: 'elements.csv', bytes: enc(elements) },
      { name: 'connections.csv', bytes: enc(connections) },
    ]);
    const nodes = Object.values(doc.nodes);
    expect(nodes.find((n) => n.name === 'Food bank')!.customFields).toEqual({ Power: 7, 'Value flow': 'food parcels', Funded: true });
    expect(nodes.find((n) => n.name === 'Hub')!.customFields).toBeUndefined();
    expect(Object.values(doc.links)[0]!.customFields).toEqual({ Amount: 1200, 'Connection type': '+' });
  });

  it('leaves them out when the user says so', () => {
    const table = { fileName: 'e.csv', headers: ['Label', 'Power'], rows: [['Food bank', '7']] };
    const batch = rowsToBatch([{ ...suggestPlan(table), keepOtherColumns: false }]);
    expect(batch.elements[0]!.customFields).toBeUndefined();
  });
});

describe('custom fields survive export → import', () => {
  it('through Kumu CSV, field by field (property)', async () => {
    await fc.assert(
      fc.asyncProperty(customMapArb, async (snapshot) => {
        const csv = mapToKumuCsv(snapshot);
        const doc = await importInto(emptyDoc(), [{ name: 'Elements.csv', bytes: enc(csv.elements) }, { name: 'Connections.csv', bytes: enc(csv.connections) }]);
        const clean = (r: Record<string, CustomFields>) => Object.fromEntries(Object.entries(r).map(([id, f]) => [id, Object.keys(f).length ? f : {}]));
        expect(clean(byId(Object.values(doc.nodes)))).toEqual(clean(byId(snapshot.nodes)));
        expect(clean(byId(Object.values(doc.links)))).toEqual(clean(byId(snapshot.links)));
      }),
      { numRuns: 50 },
    );
  });

  it('through Kumu XLSX', async () => {
    for (const snapshot of fc.sample(customMapArb, { seed: 21, numRuns: 5 })) {
      const doc = await importInto(emptyDoc(), [{ name: 'map.xlsx', bytes: await mapToKumuXlsx(snapshot) }]);
      expect(byId(Object.values(doc.nodes))).toEqual(byId(snapshot.nodes));
      expect(byId(Object.values(doc.links))).toEqual(byId(snapshot.links));
    }
  });

  it('a field named like one of our columns is written beside it, not over it, and comes back under its own name', async () => {
    const snapshot = fc.sample(customMapArb, { seed: 4, numRuns: 1 })[0]!;
    const named = { ...snapshot, nodes: snapshot.nodes.map((n) => ({ ...n, customFields: { Type: 'Food bank' } })) };
    const csv = mapToKumuCsv(named);
    expect(csv.elements.split('\r\n')[0]).toContain('Type (custom)');
    const doc = await importInto(emptyDoc(), [{ name: 'Elements.csv', bytes: enc(csv.elements) }]);
    expect(Object.values(doc.nodes).map((n) => n.kind).sort()).toEqual(snapshot.nodes.map((n) => n.kind).sort());
    expect(Object.values(doc.nodes)[0]!.customFields).toEqual({ Type: 'Food bank' });
  });

  it('in the .ghmap file, and a version-2 file still opens', async () => {
    const snapshot = fc.sample(customMapArb, { seed: 8, numRuns: 1 })[0]!;
    const text = serialiseMapFile(buildMapFile(snapshot, { savedAt: new Date('2026-03-02T00:00:00Z') }));
    const result = await readMapFile('custom.ghmap', enc(text));
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(byId(result.file.snapshot.nodes)).toEqual(byId(snapshot.nodes));
    expect(byId(result.file.snapshot.links)).toEqual(byId(snapshot.links));
    const v2 = { ...JSON.parse(text), fileVersion: 2, nodes: JSON.parse(text).nodes.map((n: Record<string, unknown>) => ({ ...n, customFields: undefined })) };
    const older = await readMapFile('older.ghmap', enc(JSON.stringify(v2)));
    if (older.status !== 'ok') throw new Error(JSON.stringify(older));
    expect(older.file.migratedFrom).toBe(2);
  });
});

describe('custom fields in a shareable copy', () => {
  it('leave people with none, and lose people’s names elsewhere', () => {
    const session = commandSession(emptyDoc());
    session.run({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'amy', name: 'Amy Khan' } });
    session.run({ type: 'updateNode', args: { id: 'amy', changes: { role: 'Volunteer', customFields: { Email: 'amy@example.org', Age: 34 } } } });
    session.run({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'org', name: 'Food bank' } });
    session.run({ type: 'updateNode', args: { id: 'org', changes: { customFields: { 'Main contact': 'Amy Khan', Power: 7 } } } });
    const { snapshot } = anonymiseMap({ format: 'good-help-map', schemaVersion: 1, map: session.doc.meta, nodes: Object.values(session.doc.nodes), links: [] });
    expect(snapshot.nodes.find((n) => n.id === 'amy')!.customFields).toBeUndefined();
    expect(snapshot.nodes.find((n) => n.id === 'org')!.customFields).toEqual({ 'Main contact': 'Volunteer 1', Power: 7 });
  });
});

describe('lenses by a custom field', () => {
  const doc = (() => {
    const session = commandSession(emptyDoc());
    const add = (id: string, fields: CustomFields | null) => {
      session.run({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id, name: id } });
      if (fields) session.run({ type: 'updateNode', args: { id, changes: { customFields: fields } } });
    };
    add('a', { Power: 1, Sector: 'Faith' });
    add('b', { Power: 5, Sector: 'Faith' });
    add('c', { Power: 10, Sector: 'Health' });
    add('d', null);
    return session.doc;
  })();
  const ctx = { doc, network: null, areasOf: new Map() };

  it('are offered, numbers as numbers', () => {
    expect(customLensFields(doc)).toEqual([
      { id: 'custom.Power', label: 'Power', type: 'number' },
      { id: 'custom.Sector', label: 'Sector', type: 'category' },
    ]);
    expect(lensSchema.parse({ colour: 'custom.Sector', size: 'custom.Power' })).toMatchObject({ colour: 'custom.Sector', size: 'custom.Power' });
  });

  it('colour by categories, size by number bands and filter, with a "not set" entry', () => {
    const sector = fieldScale('custom.Sector', ctx);
    expect(sector.entries.map((e) => [e.label, e.count])).toEqual([
      ['Faith', 2],
      ['Health', 1],
      ['No Sector', 1],
    ]);
    const power = fieldScale('custom.Power', ctx);
    expect(power.entryOf.get('a')!.level).toBe(0);
    expect(power.entryOf.get('c')!.level).toBe(1);
    expect(power.entryOf.get('d')!.key).toBe(NOT_SET_KEY);
    const result = computeLens(doc, { ...STANDARD_LENS, colour: 'custom.Sector', size: 'custom.Power', filter: { field: 'custom.Sector', hide: ['Health'], mode: 'hide' } }, { network: null, areasOf: new Map() });
    expect([...result.hidden]).toEqual(['c']);
    expect(result.looks.get('c')).toBeDefined();
  });
});
