import type { z } from 'zod';

/**
 * A kind of record kept in a map's document, with its schema, its version and the steps that
 * bring an older record up to date (tldraw's record migrations). Each record in the document
 * carries the version it was written at, so a record from an older copy of the app — a peer
 * that has not updated yet, a backup, a file — is upgraded when read, and one from a newer
 * copy is set aside rather than guessed at.
 */
export interface RecordMigration {
  /** The version this step produces; steps run in order from the record's version. */
  readonly to: number;
  readonly why: string;
  readonly up: (record: Record<string, unknown>) => Record<string, unknown>;
}

export interface RecordType<T> {
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodType<T>;
  readonly migrations: readonly RecordMigration[];
}

export type UpgradeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function defineRecordType<T>(type: RecordType<T>): RecordType<T> {
  const last = type.migrations.at(-1)?.to ?? 1;
  if (last !== type.version) throw new Error(`Record type ${type.name} is at version ${type.version} but its migrations end at ${last}`);
  return type;
}

/** Upgrades a stored record from `fromVersion`, then validates it against the current schema. */
export function upgradeRecord<T>(type: RecordType<T>, record: unknown, fromVersion: number): UpgradeResult<T> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return { ok: false, error: `it has an unknown version (${String(fromVersion)})` };
  if (fromVersion > type.version) {
    return { ok: false, error: `it was made by a newer version of Good Help Map (${type.name} version ${fromVersion}); update the app to see it` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { ok: false, error: 'it is not a record' };
  let value = record as Record<string, unknown>;
  for (const step of type.migrations) if (step.to > fromVersion) value = step.up(value);
  const parsed = type.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return { ok: false, error: `it could not be read${where}: ${issue?.message ?? 'invalid'}` };
}
