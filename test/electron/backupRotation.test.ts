import { describe, expect, it } from 'vitest';
import { DAYS_KEPT, TODAY_LIMIT, TOTAL_LIMIT, backupFileName, parseBackupFileName, planBackup, type ExistingBackup } from '../../electron/backupRotation';

function simulate(mapId: string, times: Date[]): ExistingBackup[] {
  let files: ExistingBackup[] = [];
  for (const now of times) {
    const { writeName, deleteNames } = planBackup(mapId, files, now);
    files = files.filter((f) => !deleteNames.includes(f.fileName) && f.fileName !== writeName);
    files.push({ fileName: writeName, savedAt: now });
  }
  return files;
}

const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 10, day, hour, minute));

describe('backup rotation', () => {
  it('names files so the time can be read back, and refuses names that are not ours', () => {
    const name = backupFileName('map/1:x', at(3, 9, 5));
    expect(name).toBe('map_1_x__20261103T090500Z.ghbackup.json');
    expect(parseBackupFileName(name)).toEqual({ safeId: 'map_1_x', savedAt: at(3, 9, 5) });
    expect(parseBackupFileName('../../etc/passwd')).toBeNull();
    expect(parseBackupFileName('x__20261103T090500Z.ghbackup.json.exe')).toBeNull();
  });

  it('replaces the newest backup within the hour instead of adding one', () => {
    const files = simulate('m', [at(3, 9, 0), at(3, 9, 10), at(3, 9, 50)]);
    expect(files.map((f) => f.savedAt)).toEqual([at(3, 9, 50)]);
  });

  it('keeps several from today, at most hourly and never more than the limit', () => {
    const times = Array.from({ length: 12 }, (_, h) => at(3, 8 + h, 5));
    const files = simulate('m', times);
    expect(files).toHaveLength(TODAY_LIMIT);
    expect(files.map((f) => f.savedAt.getUTCHours())).toEqual([14, 15, 16, 17, 18, 19]);
  });

  it('over a month of daily work keeps one per earlier day for a fortnight', () => {
    const times: Date[] = [];
    for (let day = 1; day <= 30; day++) for (const hour of [9, 11, 13, 15]) times.push(at(day, hour));
    const files = simulate('m', times);
    const days = new Map<string, number>();
    for (const f of files) days.set(f.savedAt.toISOString().slice(0, 10), (days.get(f.savedAt.toISOString().slice(0, 10)) ?? 0) + 1);
    expect(days.get('2026-11-30')).toBe(4);
    const earlier = [...days.entries()].filter(([d]) => d !== '2026-11-30');
    expect(earlier.every(([, n]) => n === 1)).toBe(true);
    expect(earlier).toHaveLength(DAYS_KEPT);
    // The one kept for an earlier day is that day's last.
    expect(files.find((f) => f.savedAt.getUTCDate() === 29)?.savedAt.getUTCHours()).toBe(15);
    expect(files.length).toBeLessThanOrEqual(TOTAL_LIMIT);
  });

  it("never touches another map's backups", () => {
    const other: ExistingBackup = { fileName: backupFileName('other', at(1, 9)), savedAt: at(1, 9) };
    const plan = planBackup('mine', [other], at(20, 9));
    expect(plan.deleteNames).toEqual([]);
  });
});
