/**
 * Which backup files to keep for one map: several from today (a new one at most hourly, at
 * most six), the newest from each of the last fourteen days, and never more than thirty.
 * Pure, so the policy is tested over simulated weeks without touching a disk.
 */

export const TODAY_LIMIT = 6;
export const DAYS_KEPT = 14;
export const TOTAL_LIMIT = 30;
const HOUR = 3_600_000;

export interface ExistingBackup {
  readonly fileName: string;
  readonly savedAt: Date;
}

export function backupFileName(mapId: string, savedAt: Date): string {
  const safeId = mapId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) || 'map';
  const stamp = savedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${safeId}__${stamp}.ghbackup.json`;
}

/** Reads the time back out of a backup's file name, or null if it is not one of ours. */
export function parseBackupFileName(fileName: string): { safeId: string; savedAt: Date } | null {
  const m = /^([A-Za-z0-9_-]{1,100})__(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.ghbackup\.json$/.exec(fileName);
  if (!m) return null;
  const savedAt = new Date(`${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}Z`);
  return Number.isNaN(savedAt.getTime()) ? null : { safeId: m[1]!, savedAt };
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export function planBackup(
  mapId: string,
  existing: readonly ExistingBackup[],
  now: Date,
): { writeName: string; deleteNames: string[] } {
  const writeName = backupFileName(mapId, now);
  const prefix = `${writeName.split('__')[0]}__`;
  const newestFirst = existing.filter((b) => b.fileName.startsWith(prefix)).sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
  const today = dayOf(now);
  const todays = newestFirst.filter((b) => dayOf(b.savedAt) === today);
  const remove = new Set<string>();

  // Within the hour, the newest of today is replaced rather than joined.
  const latest = todays[0];
  if (latest && now.getTime() - latest.savedAt.getTime() < HOUR && latest.fileName !== writeName) remove.add(latest.fileName);
  const keptToday = [writeName, ...todays.map((b) => b.fileName).filter((n) => !remove.has(n) && n !== writeName)];
  for (const name of keptToday.slice(TODAY_LIMIT)) remove.add(name);

  // Earlier days: the newest of each day, for a fortnight.
  const seenDays = new Set<string>();
  const cutoff = now.getTime() - DAYS_KEPT * 24 * HOUR;
  for (const b of newestFirst) {
    const day = dayOf(b.savedAt);
    if (day === today) continue;
    if (b.savedAt.getTime() < cutoff || seenDays.has(day)) remove.add(b.fileName);
    else seenDays.add(day);
  }

  const kept = [writeName, ...newestFirst.map((b) => b.fileName).filter((n) => !remove.has(n) && n !== writeName)];
  for (const name of kept.slice(TOTAL_LIMIT)) remove.add(name);
  remove.delete(writeName);
  return { writeName, deleteNames: [...remove] };
}
