import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileProblem } from '../../shared/files/fileProblem';
import { suggestPlan } from '../../shared/importers/columnMapping';
import { readImportFiles } from '../../shared/importers/readImportFiles';
import { byName, emptyDoc, enc, fixture, importFiles } from './importHelpers';

const project = () => JSON.parse(new TextDecoder().decode(fixture('kumu-project.json').bytes)) as { elements: unknown[]; connections: unknown[]; maps: unknown[] };

describe('a Kumu project export in full', () => {
  it('shows the counts exactly as in the file: every element and every connection, duplicates too', async () => {
    const { source, plan } = await importFiles(emptyDoc(), [fixture('kumu-project.json')]);
    expect(source.tables.map((t) => [t.sheetName, t.rows.length])).toEqual([
      ['Elements', 10],
      ['Connections', 12],
    ]);
    expect(plan.counts).toMatchObject({ addedNodes: 10, addedLinks: 12 });
  });

  it('takes positions from the default map, then from any map that places an element', async () => {
    const { doc, plan } = await importFiles(emptyDoc(), [fixture('kumu-project.json')]);
    // "Whole system" (the default, second in the file) places eight; "Early sketch" (first) only six.
    expect(byName(doc, 'Kirkholt Community Hub')).toMatchObject({ id: 'elm-hub', x: 0, y: 0 });
    expect(byName(doc, 'Warm Spaces Pilot')).toMatchObject({ x: 700, y: 80 });
    expect(byName(doc, 'Rochdale Food Bank')).toMatchObject({ x: 100, y: 80 });
    // Only "Health links" places the link worker.
    expect(byName(doc, 'Social prescribing link worker')).toMatchObject({ x: 640, y: -120 });
    expect(plan.warnings.join('\n')).toMatch(/positions come from “Whole system”, the project's default map \(8 elements\); 1 element placed only on other maps/);
    expect(plan.warnings.join('\n')).toMatch(/1 element is on no map/);
  });

  it('keeps connection types (+ and −), directions, duplicates and value flows', async () => {
    const { doc } = await importFiles(emptyDoc(), [fixture('kumu-project.json')]);
    const links = Object.values(doc.links);
    const byId = (id: string) => links.find((l) => l.id === id)!;
    expect(byId('con-1')).toMatchObject({ type: 'runsOrHosts', directed: true, customFields: { 'value flow': 'food parcels' } });
    expect(byId('con-2')).toMatchObject({ type: 'runsOrHosts', customFields: { 'value flow': 'volunteers' } });
    expect(byId('con-3').customFields).toEqual({ 'Connection type': '+' });
    expect(byId('con-4').customFields).toEqual({ 'Connection type': '+' });
    expect(byId('con-7')).toMatchObject({ directed: false, customFields: { 'Connection type': '-' } });
    expect(byId('con-6')).toMatchObject({ type: 'worksAt', directed: false });
    expect(byId('con-8')).toMatchObject({ type: 'refersTo' });
    expect(byId('con-8').customFields).toBeUndefined();
    // Kumu draws a reversed connection from its `to` end.
    expect(byId('con-9')).toMatchObject({ type: 'meetsAt', source: 'elm-ta', target: 'elm-lib' });
    expect(links.filter((l) => l.source === 'elm-coun' && l.target === 'elm-warm')).toHaveLength(2);
  });

  it('keeps custom attributes (a power score, funding) as custom fields, typed', async () => {
    const { doc } = await importFiles(emptyDoc(), [fixture('kumu-project.json')]);
    expect(byName(doc, 'Rochdale Food Bank')).toMatchObject({ kind: 'organisation', orgType: 'Food bank', tags: ['prevention', 'food'], customFields: { power: 7, funding: 'Lottery | Council' } });
    expect(byName(doc, 'Kirkholt Community Hub')).toMatchObject({ kind: 'space', notes: 'About Kirkholt Community Hub', customFields: { power: 4 } });
  });

  it('maps element types in the preview, not forcing them to organisation', async () => {
    const table = (await readImportFiles([fixture('kumu-project.json')])).tables[0]!;
    expect(suggestPlan(table).elements.kind).toBe(table.headers.indexOf('element type'));
    const { doc } = await importFiles(emptyDoc(), [fixture('kumu-project.json')], (p) => (p.role === 'elements' ? { ...p, kindValues: { Role: 'person', Library: 'space' } } : p));
    expect(byName(doc, 'Social prescribing link worker')).toMatchObject({ kind: 'person', role: 'Role' });
    expect(byName(doc, 'Heywood Library')).toMatchObject({ kind: 'space', customFields: { 'Element type': 'Library' } });
    expect(byName(doc, 'Heywood Mosque')).toMatchObject({ kind: 'organisation', orgType: 'Faith group' });
  });

  it('re-importing the same project changes nothing and duplicates nothing', async () => {
    const first = await importFiles(emptyDoc(), [fixture('kumu-project.json')]);
    const again = await importFiles(first.doc, [fixture('kumu-project.json')]);
    expect(again.plan.counts).toMatchObject({ addedNodes: 0, addedLinks: 0, updatedNodes: 0, updatedLinks: 0, unchangedLinks: 12 });
    expect(Object.keys(again.doc.links)).toHaveLength(12);
  });

  it('reads a hand-written blueprint, fields at the top of each record', async () => {
    const blueprint = { elements: [{ label: 'A', type: 'Person', 'Favorite Dessert': 'shave ice' }, { label: 'B', type: 'Space' }], connections: [{ from: 'A', to: 'B', type: 'likes', direction: 'mutual' }, { from: 'A', to: 'B', type: 'likes' }] };
    const { doc, plan } = await importFiles(emptyDoc(), [{ name: 'blueprint.json', bytes: enc(JSON.stringify(blueprint)) }]);
    expect(plan.counts).toMatchObject({ addedNodes: 2, addedLinks: 2 });
    expect(byName(doc, 'A')).toMatchObject({ kind: 'person', customFields: { 'Favorite Dessert': 'shave ice' } });
    expect(Object.values(doc.links).map((l) => l.customFields?.['Connection type'])).toEqual(['likes', 'likes']);
  });
});

describe('duplicate connections in a Kumu spreadsheet without IDs', () => {
  it('are kept as separate links, and re-importing matches each to its own', async () => {
    const elements = 'Label,Type\nFood bank,Organisation\nHub,Space\n';
    const connections = 'From,To,Type,Value flow\nFood bank,Hub,Runs,food\nFood bank,Hub,Runs,volunteers\nFood bank,Hub,Runs,money\n';
    const files = [
      { name: 'elements.csv', bytes: enc(elements) },
      { name: 'connections.csv', bytes: enc(connections) },
    ];
    const first = await importFiles(emptyDoc(), files);
    expect(first.plan.counts).toMatchObject({ addedNodes: 2, addedLinks: 3 });
    expect(Object.values(first.doc.links).map((l) => l.customFields?.['Value flow']).sort()).toEqual(['food', 'money', 'volunteers']);
    const again = await importFiles(first.doc, files);
    expect(again.plan.counts).toMatchObject({ addedLinks: 0, updatedLinks: 0, unchangedLinks: 3 });
    expect(Object.keys(again.doc.links)).toHaveLength(3);
  });
});

describe('any bytes given as Kumu JSON', () => {
  it('give a map or a clear error (property)', async () => {
    const base = project();
    const mutated = fc.record({
      drop: fc.nat(40),
      junk: fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 })),
      where: fc.constantFrom('elements', 'connections', 'maps', 'attributes', 'position', 'root'),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }).map((b) => ({ bytes: b })), mutated.map((m) => ({ m }))), async (input) => {
        let bytes: Uint8Array;
        if ('bytes' in input) bytes = input.bytes;
        else {
          const copy = structuredClone(base) as Record<string, unknown> & { elements: Record<string, unknown>[]; connections: Record<string, unknown>[]; maps: Record<string, unknown>[] };
          const { drop, junk, where } = input.m;
          if (where === 'root') copy[String(drop)] = junk;
          else if (where === 'attributes') copy.elements[drop % copy.elements.length]!.attributes = junk;
          else if (where === 'position') ((copy.maps[1]!.elements as Record<string, unknown>[])[drop % 8]!).position = junk;
          else (copy[where] as unknown[])[drop % 3] = junk;
          bytes = enc(JSON.stringify(copy));
        }
        try {
          await importFiles(emptyDoc(), [{ name: 'kumu.json', bytes }]);
        } catch (error) {
          expect(error).toBeInstanceOf(FileProblem);
          expect((error as Error).message).toMatch(/^“kumu\.json(, sheet “(Elements|Connections)”)?” could not be used: /);
        }
      }),
      { numRuns: 200 },
    );
  });
});
