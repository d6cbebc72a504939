import { z } from 'zod';
import { MAP_SCHEMA_VERSION, MAP_SNAPSHOT_FORMAT, mapLinkSchema, mapMetaSchema, mapNodeSchema } from '../model';

/**
 * The `.ghmap` file: a whole map as versioned JSON. Version history of the file format —
 *  1. The map snapshot as the first release wrote it (backups, the demo): `format`,
 *     `schemaVersion`, `map`, `nodes`, `links`; no `fileVersion` field.
 *  2. Adds `fileVersion`, `savedAt` and `savedBy`, and an encrypted form (`encrypted` instead
 *     of the map) for shareable copies. Saved views travel inside `map.views` (absent in
 *     version-1 files, so they open with none).
 *  3. Nodes and links may carry `customFields` (shared/model/customFields). Version-2 files
 *     have none and open unchanged; the version is bumped so that an older app refuses a
 *     newer file ("made by a newer version") instead of silently dropping its custom fields.
 *  4. May carry `document`: the map's Yjs document state (one encoded update, base64), beside
 *     the readable records, so that two copies of one map edited apart merge exactly. The
 *     records stay the file's truth for every other reader: the state is used only when it
 *     reads as exactly those records (shared/sync/fileState.ts). Version-3 files have none.
 * Bump MAP_FILE_VERSION, with a step in mapFileMigrations.ts, whenever this shape or
 * MAP_SCHEMA_VERSION changes: files from every earlier version must keep opening.
 */
export const MAP_FILE_FORMAT = MAP_SNAPSHOT_FORMAT;
export const MAP_FILE_VERSION = 4;
export const MAP_FILE_EXTENSION = 'ghmap';
export const MAP_FILE_MIME = 'application/x-good-help-map';

const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not valid base64');

/**
 * The largest document state a file may carry, decoded. A 5,000-node map's state is about
 * 1 MB; the bound keeps a hostile file from making the app decode and apply gigabytes.
 */
export const MAX_DOCUMENT_STATE_BYTES = 48 * 1024 * 1024;

export const documentStateSchema = z.object({
  /** `Y.encodeStateAsUpdate` (Yjs update format 1) of the map's whole document. */
  encoding: z.literal('yjs-update-v1'),
  state: base64(Math.ceil(MAX_DOCUMENT_STATE_BYTES / 3) * 4).min(4),
});
export type DocumentStatePart = z.infer<typeof documentStateSchema>;

export const mapFileSchema = z.object({
  format: z.literal(MAP_FILE_FORMAT),
  fileVersion: z.literal(MAP_FILE_VERSION),
  schemaVersion: z.literal(MAP_SCHEMA_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  /** The app and version that wrote the file, for support questions. */
  savedBy: z.string().max(100).default(''),
  map: mapMetaSchema,
  nodes: z.array(mapNodeSchema).max(200_000),
  links: z.array(mapLinkSchema).max(1_000_000),
  document: documentStateSchema.optional(),
});
export type MapFile = z.infer<typeof mapFileSchema>;

/** Iterations are read from the file, so they are bounded: too few is weak, too many a trap. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export const encryptedPartSchema = z.object({
  cipher: z.literal('AES-GCM'),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
    salt: base64(64).min(22),
  }),
  iv: base64(32).min(16),
  ciphertext: base64(150 * 1024 * 1024).min(1),
});
export type EncryptedPart = z.infer<typeof encryptedPartSchema>;

/** A shareable copy locked with a passphrase: only the format and version are readable. */
export const encryptedMapFileSchema = z.object({
  format: z.literal(MAP_FILE_FORMAT),
  // Locked copies from version 2 on keep opening; what is inside is migrated like any file.
  fileVersion: z.number().int().min(2).max(MAP_FILE_VERSION),
  encrypted: encryptedPartSchema,
});
export type EncryptedMapFile = z.infer<typeof encryptedMapFileSchema>;
