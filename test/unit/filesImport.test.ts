import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromSnapshot, runCommand, applyPatch, type MapDocument } from '../../shared/editing';
import { mapToKumuCsv } from '../../shared/exporters/kumuCsv';
import { mapToKumuXlsx } from '../../shared/exporters/kumuXlsx';
import { FileProblem } from '../../shared/files/fileProblem';
import { suggestPlan } from '../../shared/importers/columnMapping';
import { planImport } from '../../shared/importers/planImport';
import { readImportFiles, type ImportFile } from '../../shared/importers/readImportFiles';
import { rowsToBatch } from '../../shared/importers/rowsToBatch';
import { createMapMeta, type MapSnapshot } from '../../shared/model';
import { mapArb } from './filesArbitraries';

const enc = (text: string) => new TextEncoder().encode(text);
const emptyDoc = (): MapDocument => documentFromSnapshot({ map: createMapMeta('Import target', new Date('2026-01-01T00:00:00Z'), 'target'), nodes: [], links: [] });

/** Reads files, maps columns as suggested, plans and applies the import as one command. */
async function importInto(doc: MapDocument, files: ImportFile[]): Promise<{ doc: MapDocument; warnings: readonly string[] }> {
  const source = await readImportFiles(files);
  const batch = rowsToBatch(source.tables.map(suggestPlan));
  const merged = { elements: [...batch.elements, ...source.batches.flatMap((b) => b.elements)], connections: [...batch.connections, ...source.batches.flatMap((b) => b.connections)], warnings: batch.warnings };
  const plan = planImport(doc, merged, { sourceName: files.map((f) => f.name).join(', ') });
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: 'Import' } });
  if (!outcome.ok) throw new Error(outcome.error);
  return { doc: applyPatch(doc, outcome.patch), warnings: plan.warnings };
}

const ELEMENTS = `Label,Type,Description,Tags,Area
Kirkholt Hub,Space,Drop-in on Tuesdays,warm | food,Kirkholt
Kirkholt Food Bank,Charity,,food,Kirkholt | Belfield
Amy (hub co-ordinator),Person,,,
Warm Welcome,Project,,,
`;
const CONNECTIONS = `From,To,Type,Description
Kirkholt Food Bank,Kirkholt Hub,Runs,Every Tuesday
Amy (hub co-ordinator),Kirkholt Hub,Works at,
Kirkholt Hub,Kirkholt Food Bank,Refers to,
`;

describe('importing a Kumu-style CSV pair', () => {
  it('brings in elements and links, with kinds, tags, areas and positions near their neighbours', async () => {
    const { doc, warnings } = await importInto(emptyDoc(), [{ name: 'elements.csv', bytes: enc(ELEMENTS) }, { name: 'connections.csv', bytes: enc(CONNECTIONS) }]);
    const nodes = Object.values(doc.nodes);
    expect(nodes.map((n) => [n.name, n.kind]).sort()).toEqual([
      ['Amy (hub co-ordinator)', 'person'],
      ['Kirkholt Food Bank', 'organisation'],
      ['Kirkholt Hub', 'space'],
      ['Warm Welcome', 'project'],
    ]);
    const hub = nodes.find((n) => n.name === 'Kirkholt Hub')!;
    const bank = nodes.find((n) => n.name === 'Kirkholt Food Bank')!;
    expect(hub).toMatchObject({ tags: ['warm', 'food'], notes: 'Drop-in on Tuesdays' });
    expect(bank).toMatchObject({ orgType: 'Charity' });
    expect(doc.meta.areas.map((a) => a.name)).toEqual(['Kirkholt', 'Belfield']);
    expect(hub.kind === 'space' && hub.areaId).toBe(doc.meta.areas[0]!.id);
    const links = Object.values(doc.links);
    expect(links.map((l) => l.type).sort()).toEqual(['refersTo', 'runsOrHosts', 'worksAt']);
    expect(links.find((l) => l.type === 'runsOrHosts')).toMatchObject({ source: bank.id, target: hub.id, notes: 'Every Tuesday' });
    // Everything has a distinct position, none stacked at the origin.
    expect(new Set(nodes.map((n) => `${n.x},${n.y}`)).size).toBe(4);
    expect(warnings).toEqual([]);
  });

  it('updates rather than duplicates when the same sheet is imported again', async () => {
    const files = [{ name: 'elements.csv', bytes: enc(ELEMENTS) }, { name: 'connections.csv', bytes: enc(CONNECTIONS) }];
    const first = (await importInto(emptyDoc(), files)).doc;
    const changed = ELEMENTS.replace('Drop-in on Tuesdays', 'Drop-in on Tuesdays and Thursdays');
    const second = (await importInto(first, [{ name: 'elements.csv', bytes: enc(changed) }, files[1]!])).doc;
    expect(Object.keys(second.nodes)).toHaveLength(4);
    expect(Object.keys(second.links)).toHaveLength(3);
    expect(Object.values(second.nodes).find((n) => n.name === 'Kirkholt Hub')!.notes).toBe('Drop-in on Tuesdays and Thursdays');
    // Positions of nodes already on the map are kept.
    const hub = (d: MapDocument) => Object.values(d.nodes).find((n) => n.name === 'Kirkholt Hub')!;
    expect([hub(second).x, hub(second).y]).toEqual([hub(first).x, hub(first).y]);
  });

  it('names the file, row and column of a link to something missing, and changes nothing', async () => {
    const bad = `${CONNECTIONS}Nobody,Kirkholt Hub,Knows,\n`;
    const error = await importInto(emptyDoc(), [{ name: 'elements.csv', bytes: enc(ELEMENTS) }, { name: 'connections.csv', bytes: enc(bad) }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileProblem);
    expect((error as Error).message).toBe('“connections.csv” could not be used: row 5, field “From”: there is nothing called “Nobody” to link to. Add it to the elements first.');
  });

  it('refuses a sheet with a million rows before reading them all', async () => {
    const huge = `Label,Type\n${'x,Person\n'.repeat(1_000_000)}`;
    await expect(readImportFiles([{ name: 'huge.csv', bytes: enc(huge) }])).rejects.toThrow(/“huge.csv” could not be used: it has more than 50,000 rows/);
  });

  it('keeps scripts in labels as plain text and ignores prototype keys in Kumu JSON', async () => {
    const kumu = JSON.stringify({
      elements: [{ _id: 'e1', attributes: { label: '<script>alert(1)</script>', 'element type': 'Person', __proto__: { polluted: 1 } } }, { _id: 'e2', attributes: { label: 'Hub', 'element type': 'Space' } }],
      connections: [{ _id: 'c1', from: 'e1', to: 'e2', attributes: { 'connection type': 'meets at' } }],
      maps: [{ elements: [{ element: 'e1', position: { x: 10, y: 20 } }, { element: 'e2', position: { x: 300, y: 20 } }] }],
    }).replace('"attributes":{"label":"<script>', '"__proto__":{"polluted":true},"attributes":{"label":"<script>');
    const { doc } = await importInto(emptyDoc(), [{ name: 'kumu.json', bytes: enc(kumu) }]);
    expect(doc.nodes.e1).toMatchObject({ name: '<script>alert(1)</script>', kind: 'person', x: 10, y: 20 });
    expect(Object.values(doc.links)[0]).toMatchObject({ source: 'e1', target: 'e2', type: 'meetsAt' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('maps any spreadsheet’s columns by their common names', () => {
    const plan = suggestPlan({ fileName: 'groups.csv', headers: ['Group name', 'Category', 'Ward', 'Email', 'Notes'], rows: [] });
    expect(plan.role).toBe('elements');
    expect(plan.elements).toMatchObject({ name: 0, kind: 1, area: 2, contact: 3, description: 4 });
  });
});

/** Field-by-field comparison of what Kumu's layout carries. */
function expectKumuFieldsEqual(actual: MapDocument, expected: MapSnapshot) {
  expect(Object.keys(actual.nodes).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
  for (const node of expected.nodes) {
    const got = actual.nodes[node.id]!;
    expect({ name: got.name, kind: got.kind, notes: got.notes, tags: got.tags, x: got.x, y: got.y, role: 'role' in got ? got.role : '' }).toEqual({
      name: node.name,
      kind: node.kind,
      notes: node.notes,
      tags: node.tags,
      x: node.x,
      y: node.y,
      role: 'role' in node ? node.role : '',
    });
  }
  const ends = (links: Iterable<{ source: string; target: string; type: string; strength: number; directed: boolean; notes: string; id: string }>) =>
    [...links].map((l) => ({ id: l.id, source: l.source, target: l.target, type: l.type, strength: l.strength, directed: l.directed, notes: l.notes })).sort((a, b) => a.id.localeCompare(b.id));
  expect(ends(Object.values(actual.links))).toEqual(ends(expected.links));
}

const kumuSafe = mapArb.filter((m) => m.nodes.length > 0).map((m) => ({ ...m, nodes: m.nodes.map((n) => ({ ...n, name: n.name.replace(/\s+/g, ' ').trim() || 'x', notes: n.notes.trim() })), links: m.links.map((l) => ({ ...l, notes: l.notes.trim() })) }));

describe('round trips through Kumu’s layout', () => {
  it('map → Kumu CSV → map keeps every field Kumu carries (property)', async () => {
    await fc.assert(
      fc.asyncProperty(kumuSafe, async (snapshot) => {
        const csv = mapToKumuCsv(snapshot);
        const { doc } = await importInto(emptyDoc(), [{ name: 'Elements.csv', bytes: enc(csv.elements) }, { name: 'Connections.csv', bytes: enc(csv.connections) }]);
        expectKumuFieldsEqual(doc, snapshot);
      }),
      { numRuns: 60 },
    );
  });

  it('map → Kumu XLSX → map keeps every field Kumu carries', async () => {
    for (const snapshot of fc.sample(kumuSafe, { seed: 11, numRuns: 8 })) {
      const bytes = await mapToKumuXlsx(snapshot);
      const { doc } = await importInto(emptyDoc(), [{ name: 'map.xlsx', bytes }]);
      expectKumuFieldsEqual(doc, snapshot);
    }
  });
});

describe('any bytes fed to the importer', () => {
  it('give records or a clear error naming the file, never a crash (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string().map(enc), fc.constantFrom('.csv', '.json', '.xlsx').chain((ext) => fc.string().map((s) => `${ext}${s}`)).map(enc)),
        fc.constantFrom('fuzz.csv', 'fuzz.xlsx', 'fuzz.json'),
        async (bytes, name) => {
          try {
            await importInto(emptyDoc(), [{ name, bytes }]);
          } catch (error) {
            expect(error).toBeInstanceOf(FileProblem);
            expect((error as Error).message).toMatch(new RegExp(`^“${name.replace('.', '\\.')}.*” could not be used: `));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
