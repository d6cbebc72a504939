import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupStore } from '../../electron/backups';

describe('backup files on disk', () => {
  it('writes, lists newest first with the map name, reads back, and rotates', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'ghm-backups-')), 'backups');
    let clock = new Date('2026-11-03T09:00:00Z');
    const store = new BackupStore(folder, () => clock);
    const first = await store.write('map-1', 'Kirkholt', '{"v":1}');
    clock = new Date('2026-11-03T11:00:00Z');
    const second = await store.write('map-1', 'Kirkholt offer', '{"v":2}');
    await store.write('map-2', 'Riverside', '{"v":3}');
    const list = await store.list('map-1');
    expect(list.map((b) => [b.fileName, b.mapName])).toEqual([
      [second, 'Kirkholt offer'],
      [first, 'Kirkholt'],
    ]);
    expect(list[0]).toMatchObject({ mapId: 'map-1', savedAt: '2026-11-03T11:00:00.000Z', sizeBytes: 7 });
    expect(await store.read(first)).toBe('{"v":1}');
    expect((await store.list()).length).toBe(3);
    // Within the hour the newest is replaced, sidecar and all.
    clock = new Date('2026-11-03T11:20:00Z');
    await store.write('map-1', 'Kirkholt offer', '{"v":4}');
    expect((await store.list('map-1')).length).toBe(2);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(folder)).toHaveLength(6);
  });

  it('refuses to read anything that is not a backup file name', async () => {
    const store = new BackupStore(mkdtempSync(join(tmpdir(), 'ghm-backups-')));
    await expect(store.read('../../secrets.json')).rejects.toThrow();
    await expect(store.read('/etc/passwd')).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });
});
