import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMapFile, type ReadMapFileResult } from '../../shared/files/readMapFile';
import { MAP_FILE_VERSION, mapFileSchema } from '../../shared/files/mapFileSchema';
import { buildMapFile, mapFileName, serialiseEncryptedMapFile, serialiseMapFile } from '../../shared/files/writeMapFile';
import { mapSnapshotSchema, type MapSnapshot, type MapView } from '../../shared/model';
import { mapArb } from './filesArbitraries';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = readFileSync(new URL('../fixtures/kirkholt-v1.ghmap', import.meta.url));

function opened(result: ReadMapFileResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.file;
}
function failed(result: ReadMapFileResult): string {
  if (result.status !== 'error') throw new Error(`expected an error, got ${result.status}`);
  return result.error;
}

/** Field-by-field equality of two maps, ignoring record order. */
function expectSameMap(actual: MapSnapshot, expected: MapSnapshot) {
  expect(actual.map).toEqual(expected.map);
  const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((r) => [r.id, r]));
  expect(byId(actual.nodes)).toEqual(byId(expected.nodes));
  expect(byId(actual.links)).toEqual(byId(expected.links));
}

describe('the .ghmap file', () => {
  it('round-trips any valid map field by field (property)', async () => {
    await fc.assert(
      fc.asyncProperty(mapArb, async (snapshot) => {
        const text = serialiseMapFile(buildMapFile(snapshot, { savedAt: new Date('2026-03-02T00:00:00Z') }));
        const file = opened(await readMapFile('round.ghmap', bytes(text)));
        expectSameMap(file.snapshot, snapshot);
        expect(file.migratedFrom).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('opens the checked-in version-1 file, migrating it with every field intact', async () => {
    const raw = JSON.parse(fixture.toString('utf8'));
    expect(raw.fileVersion).toBeUndefined();
    const file = opened(await readMapFile('kirkholt-v1.ghmap', fixture));
    expect(file.migratedFrom).toBe(1);
    expect(file.snapshot.map.views).toEqual([]);
    expect(file.savedAt).toBe('2026-02-03T16:45:10.000Z');
    const expected = mapSnapshotSchema.parse(raw);
    expectSameMap(file.snapshot, expected);
    const hub = file.snapshot.nodes.find((n) => n.id === 'n-hub');
    expect(hub).toMatchObject({ kind: 'space', sessions: [{ day: 1, start: '10:00', end: '13:00' }], audiences: [], pinned: false });
    expect(file.snapshot.links.find((l) => l.id === 'l-3')).toMatchObject({ referralMode: 'warmHandover', strength: 2 });
    // Saved again, it is a current-version file that opens without migration.
    const again = serialiseMapFile(buildMapFile(file.snapshot));
    expect(JSON.parse(again).fileVersion).toBe(MAP_FILE_VERSION);
    expect(mapFileSchema.safeParse(JSON.parse(again)).success).toBe(true);
    expect(opened(await readMapFile('again.ghmap', bytes(again))).migratedFrom).toBeNull();
  });

  it('keeps saved views in the map, dropping ids of nodes that are not in it', async () => {
    const snapshot = fc.sample(mapArb.filter((m) => m.nodes.length > 1), 1)[0]!;
    const view: MapView = { id: 'v1', name: 'Food', lens: { colour: 'kind', size: null, linkColour: false, filter: null }, focus: { nodeIds: [snapshot.nodes[0]!.id, 'ghost'], label: 'Food help' }, viewport: { x: 1, y: 2, zoom: 1.5 } };
    const withView = { ...snapshot, map: { ...snapshot.map, views: [view] } };
    const file = opened(await readMapFile('v.ghmap', bytes(serialiseMapFile(buildMapFile(withView)))));
    expect(file.snapshot.map.views).toEqual([{ ...view, focus: { label: 'Food help', nodeIds: [snapshot.nodes[0]!.id] } }]);
  });

  it('names a safe file after the map', () => {
    expect(mapFileName('Kirkholt: draft/2')).toBe('Kirkholt draft 2.ghmap');
    expect(mapFileName('   ', ' (shareable)')).toBe('Untitled map (shareable).ghmap');
  });
});

describe('bad map files', () => {
  const good = serialiseMapFile(buildMapFile(fc.sample(mapArb.filter((m) => m.nodes.length > 2 && m.links.length > 0), { seed: 7, numRuns: 1 })[0]!));

  it.each([
    ['an empty file', '', /“bad.ghmap” could not be used: the file is empty/],
    ['a truncated file', good.slice(0, good.length / 2), /ends too early/],
    ['plain text', 'Hello, this is a letter', /not valid JSON/],
    ['broken JSON', '{\n"format": 1,, "x": 2}', /not valid JSON at line 2, column 13/],
    ['another JSON format', '{"format":"excalidraw","elements":[]}', /Kumu export|excalidraw/],
    ['a file from the future', '{"format":"good-help-map","fileVersion":99}', /newer version of Good Help Map/],
    ['a damaged version number', '{"format":"good-help-map","fileVersion":"two"}', /field “fileVersion”/],
    ['a JSON array', '[1,2,3]', /not a Good Help Map file/],
  ])('refuses %s with a clear message', async (_what, text, pattern) => {
    expect(failed(await readMapFile('bad.ghmap', bytes(text)))).toMatch(pattern);
  });

  it('names the record and field of an invalid node', async () => {
    const file = JSON.parse(good);
    file.nodes[1].x = 'far left';
    expect(failed(await readMapFile('bad.ghmap', bytes(JSON.stringify(file))))).toMatch(/node 2 \(“.*”\), field “x”: /);
    delete file.nodes[1].x;
    expect(failed(await readMapFile('bad.ghmap', bytes(JSON.stringify(file))))).toMatch(/node 2 .*field “x”: this is missing/);
  });

  it('refuses links to missing nodes and duplicate ids', async () => {
    const file = JSON.parse(good);
    file.links[0].target = 'nobody';
    expect(failed(await readMapFile('bad.ghmap', bytes(JSON.stringify(file))))).toMatch(/Link 1 points to a missing node/);
  });

  it('ignores prototype-pollution keys and keeps scripts in names as plain text', async () => {
    const file = JSON.parse(good);
    const hostile = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(file).slice(1)}`;
    file.nodes[0].name = '<img src=x onerror=alert(1)>';
    const withScript = JSON.stringify(file).replace('{', '{"__proto__":{"polluted":true},');
    const result = opened(await readMapFile('hostile.ghmap', bytes(withScript)));
    expect(result.snapshot.nodes[0]!.name).toBe('<img src=x onerror=alert(1)>');
    expect(opened(await readMapFile('hostile.ghmap', bytes(hostile))).snapshot.map).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses binary files and spreadsheets by what they are', async () => {
    expect(failed(await readMapFile('x.ghmap', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])))).toMatch(/Excel workbook/);
    expect(failed(await readMapFile('x.ghmap', new Uint8Array([0, 1, 2, 3])))).toMatch(/binary file/);
  });

  it('turns any byte string into a map or a clear error, never a throw (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string().map(bytes), fc.jsonValue().map((v) => bytes(JSON.stringify(v)))), async (input) => {
        const result = await readMapFile('fuzz.ghmap', input);
        if (result.status === 'error') expect(result.error).toMatch(/^“fuzz.ghmap” could not be used: .{10,}/);
        else expect(result.status).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('reports a file over the size limit without parsing it', async () => {
    const big = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(failed(await readMapFile('big.ghmap', big))).toMatch(/more than the 100 MB/);
  });
});

describe('a locked (encrypted) copy', () => {
  const snapshot = fc.sample(mapArb.filter((m) => m.nodes.length > 0), { seed: 3, numRuns: 1 })[0]!;

  it('asks for the passphrase, opens with the right one and refuses a wrong one', async () => {
    const text = await serialiseEncryptedMapFile(buildMapFile(snapshot), 'correct horse battery');
    expect(text).not.toContain(JSON.stringify(snapshot.map.name));
    expect(text).not.toContain(JSON.stringify(snapshot.nodes[0]!.name));
    const envelope = JSON.parse(text);
    expect(envelope.encrypted.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(await readMapFile('locked.ghmap', bytes(text))).toEqual({ status: 'needsPassphrase' });
    expect(await readMapFile('locked.ghmap', bytes(text), { passphrase: 'wrong' })).toEqual({ status: 'needsPassphrase', error: expect.stringMatching(/passphrase is not right/) });
    expectSameMap(opened(await readMapFile('locked.ghmap', bytes(text), { passphrase: 'correct horse battery' })).snapshot, snapshot);
  });

  it('uses a fresh salt and IV every time, and detects tampering', async () => {
    const a = JSON.parse(await serialiseEncryptedMapFile(buildMapFile(snapshot), 'pw'));
    const b = JSON.parse(await serialiseEncryptedMapFile(buildMapFile(snapshot), 'pw'));
    expect(a.encrypted.kdf.salt).not.toBe(b.encrypted.kdf.salt);
    expect(a.encrypted.iv).not.toBe(b.encrypted.iv);
    const flipped = a.encrypted.ciphertext.startsWith('A') ? `B${a.encrypted.ciphertext.slice(1)}` : `A${a.encrypted.ciphertext.slice(1)}`;
    const tampered = { ...a, encrypted: { ...a.encrypted, ciphertext: flipped } };
    expect((await readMapFile('t.ghmap', bytes(JSON.stringify(tampered)), { passphrase: 'pw' })).status).toBe('needsPassphrase');
  });

  it('refuses a lock that asks for too few or too many key-derivation rounds', async () => {
    const a = JSON.parse(await serialiseEncryptedMapFile(buildMapFile(snapshot), 'pw'));
    for (const iterations of [1000, 1e12]) {
      a.encrypted.kdf.iterations = iterations;
      expect(failed(await readMapFile('t.ghmap', bytes(JSON.stringify(a)), { passphrase: 'pw' }))).toMatch(/lock is damaged/);
    }
  });
});
