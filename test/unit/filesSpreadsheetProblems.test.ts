import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, runCommand, type MapDocument } from '../../shared/editing';
import { FileProblem } from '../../shared/files/fileProblem';
import { readMapFile } from '../../shared/files/readMapFile';
import { parseJsonSafely } from '../../shared/files/safeJson';
import { suggestPlan } from '../../shared/importers/columnMapping';
import { planImport } from '../../shared/importers/planImport';
import { readCsv } from '../../shared/importers/readCsv';
import { readImportFiles, type ImportFile } from '../../shared/importers/readImportFiles';
import { readXlsx } from '../../shared/importers/readXlsx';
import { rowsToBatch } from '../../shared/importers/rowsToBatch';
import { emptyMap } from './orukHelpers';

const enc = (text: string) => new TextEncoder().encode(text);

async function plan(doc: MapDocument, files: ImportFile[]) {
  const source = await readImportFiles(files);
  return planImport(doc, rowsToBatch(source.tables.map(suggestPlan)));
}

function apply(doc: MapDocument, p: Awaited<ReturnType<typeof plan>>): MapDocument {
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: p.nodes, links: p.links, ...(p.meta ? { meta: p.meta } : {}), label: 'Import' } });
  if (!outcome.ok) throw new Error(outcome.error);
  return applyPatch(doc, outcome.patch);
}

describe('CSV files that go wrong', () => {
  it('stops at an unclosed quote, naming the file and line, instead of swallowing the rest of the file', () => {
    const csv = 'Label,Type,Description\nKirkholt Hub,Space,"Drop-in on Tuesdays\nFood Bank,Charity,\nAmy,Person,\n';
    expect(() => readCsv('groups.csv', enc(csv))).toThrow(FileProblem);
    expect(() => readCsv('groups.csv', enc(csv))).toThrow(/^“groups\.csv” could not be used: a quote mark \("\) on line 2 opens a cell that is never closed/);
  });

  it('reads ragged rows and lists them by row for the preview', () => {
    const table = readCsv('groups.csv', enc('Label,Type\nHub,Space\nFood Bank,Charity,extra,more\nAmy\n'));
    expect(table.rows).toEqual([
      ['Hub', 'Space'],
      ['Food Bank', 'Charity'],
      ['Amy', ''],
    ]);
    expect(table.notes).toEqual([
      "groups.csv: row 3 has more cells than the header’s 2 columns; the extra cells are left out. Check for a stray comma in that row.",
      "groups.csv: row 4 has fewer cells than the header’s 2 columns; the missing cells are read as empty.",
    ]);
  });

  it('says which encoding it used: UTF-8, UTF-8 with BOM, or Windows-1252 with a note', () => {
    expect(readCsv('a.csv', enc('Label\nCafé\n')).encoding).toBe('UTF-8');
    const bom = readCsv('b.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Label\nCafé\n')]));
    expect([bom.encoding, bom.headers]).toEqual(['UTF-8 with BOM', ['Label']]);
    const legacy = readCsv('c.csv', new Uint8Array([...enc('Label\nCaf'), 0xe9, ...enc(' \u00a3'.replace('\u00a3', '')), 0xa3, 0x0a]));
    expect(legacy.encoding).toBe('Windows-1252');
    expect(legacy.rows[0]).toEqual(['Café £']);
    expect(legacy.notes?.[0]).toMatch(/^This file is not UTF-8, so it was read as Windows-1252/);
  });
});

describe('messages that say what is actually wrong', () => {
  it('calls an id that is a number the wrong type, not missing', async () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'kirkholt-v1.ghmap'), 'utf8')) as { nodes: { id: unknown }[] };
    file.nodes[0]!.id = 5;
    const result = await readMapFile('map.ghmap', enc(JSON.stringify(file)));
    const message = result.status === 'error' ? result.error : result.status;
    expect(message).toMatch(/node 1 .*field “id”: this should be text, but it is a number\.$/);
    delete (file.nodes[0] as { id?: unknown }).id;
    const missing = await readMapFile('map.ghmap', enc(JSON.stringify(file)));
    expect(missing.status === 'error' && missing.error).toMatch(/field “id”: this is missing\.$/);
  });

  it('says JSON nested too deeply is nested too deeply, not that it is not JSON', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => parseJsonSafely('deep.json', deep)).toThrow(/nested too deeply/);
    expect(() => parseJsonSafely('deep.json', deep)).not.toThrow(/not valid JSON/);
  });

  it('drops hostile keys however they are written, and reads plain text without looking at every value', () => {
    const escaped = parseJsonSafely('x.json', '{"a":{"\\u005f_proto__":{"polluted":true},"b":1},"c\\u0061":2}') as Record<string, Record<string, unknown>>;
    expect(Object.keys(escaped.a!)).toEqual(['b']);
    expect(Object.getPrototypeOf(escaped.a)).toBe(Object.prototype);
    expect(escaped.ca).toBe(2);
    const plain = parseJsonSafely('x.json', '{"constructor":{"prototype":{"x":1}},"name":"Hub"}') as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['name']);
    expect(parseJsonSafely('x.json', '{"name":"[[[ \\"{{ quoted brackets","n":[[1],[2]]}')).toEqual({ name: '[[[ "{{ quoted brackets', n: [[1], [2]] });
    expect(() => parseJsonSafely('deep.json', `${'['.repeat(1001)}${']'.repeat(1001)}`)).toThrow(/nested too deeply/);
    expect(parseJsonSafely('ok.json', `${'['.repeat(50)}${']'.repeat(50)}`)).toBeInstanceOf(Array);
  });

  it('says a damaged workbook is damaged, without the library’s words', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('not really a zip at all')]);
    const message = await readXlsx('budget.xlsx', damaged).then(
      () => 'read',
      (e: unknown) => (e as Error).message,
    );
    expect(message).toMatch(/^“budget\.xlsx” could not be used: the workbook is damaged/);
    expect(message).not.toMatch(/unzip|zip file|central directory|Error:/i);
  });
});

describe('re-importing a spreadsheet', () => {
  const sheet = 'Label,Type\n' + Array.from({ length: 10 }, (_, i) => `Group ${i + 1},Charity`).join('\n');

  it('says nothing changed when the data is identical', async () => {
    const files = [{ name: 'groups.csv', bytes: enc(sheet) }];
    const doc = apply(emptyMap(), await plan(emptyMap(), files));
    const again = await plan(doc, files);
    expect(again.counts).toMatchObject({ addedNodes: 0, updatedNodes: 0, unchangedNodes: 10 });
    expect(again.nodes).toEqual([]);
  });

  it('matches on an id column (a charity number) before the name, so a renamed group is not duplicated', async () => {
    const first = 'Charity number,Name,Type\n1012345,Kirkholt Food Bank,Charity\nGB-CHC-1098765,Belfield Church,Charity\n';
    const doc = apply(emptyMap(), await plan(emptyMap(), [{ name: 'groups.csv', bytes: enc(first) }]));
    const renamed = 'Charity number,Name,Type\n1012345,Kirkholt Foodbank CIO,Charity\nGB-CHC-1098765,St Mary’s Belfield,Charity\n';
    const again = await plan(doc, [{ name: 'groups.csv', bytes: enc(renamed) }]);
    expect(again.counts).toMatchObject({ addedNodes: 0, updatedNodes: 2 });
    const after = apply(doc, again);
    expect(Object.values(after.nodes).map((n) => n.name).sort()).toEqual(['Kirkholt Foodbank CIO', 'St Mary’s Belfield']);
  });
});

describe('any bytes given to the CSV reader', () => {
  it('give a table or a clear error naming the file (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ';', 'é', ' ') }).map(enc)), (bytes) => {
        try {
          const table = readCsv('fuzz.csv', bytes);
          expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FileProblem);
          expect((error as Error).message).toMatch(/^“fuzz\.csv” could not be used: /);
        }
      }),
      { numRuns: 400 },
    );
  });
});
