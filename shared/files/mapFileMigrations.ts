import { MAP_FILE_FORMAT, MAP_FILE_VERSION } from './mapFileSchema';
import { FileProblem } from './fileProblem';

type RawFile = Record<string, unknown>;

/**
 * One step per version: STEPS[n] turns a version-n file into a version-(n+1) one. Steps work
 * on plain JSON and only reshape it; the zod schema of the current version checks the result.
 */
const STEPS: Record<number, (file: RawFile) => RawFile> = {
  1: (file) => {
    const map = isObject(file.map) ? file.map : {};
    return {
      ...file,
      fileVersion: 2,
      savedAt: typeof map.updatedAt === 'string' ? map.updatedAt : new Date(0).toISOString(),
      savedBy: '',
    };
  },
  // Version 3 only adds optional custom fields: a version-2 file is already a valid one.
  2: (file) => ({ ...file, fileVersion: 3 }),
  // Version 4 only adds the optional document state: a version-3 file opens from its records.
  3: (file) => ({ ...file, fileVersion: 4 }),
};

/** Which version of the file format a parsed file is: version 1 files have no `fileVersion`. */
export function fileVersionOf(fileName: string, raw: unknown): number {
  if (!isObject(raw) || raw.format !== MAP_FILE_FORMAT) {
    throw new FileProblem(fileName, describeOtherFormat(raw));
  }
  if (raw.fileVersion === undefined) return 1;
  if (typeof raw.fileVersion !== 'number' || !Number.isInteger(raw.fileVersion) || raw.fileVersion < 1) {
    throw new FileProblem(fileName, 'its version number is damaged.', { field: 'fileVersion' });
  }
  return raw.fileVersion;
}

/** Brings a file of any earlier version up to the current one; refuses files from the future. */
export function migrateMapFile(fileName: string, raw: unknown): { file: RawFile; from: number } {
  const from = fileVersionOf(fileName, raw);
  if (from > MAP_FILE_VERSION) {
    throw new FileProblem(fileName, `it was made by a newer version of Good Help Map (file version ${from}). Update the app to open it.`);
  }
  let file = raw as RawFile;
  for (let version = from; version < MAP_FILE_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new FileProblem(fileName, `there is no way to update a version ${version} file.`);
    file = step(file);
  }
  return { file, from };
}

function describeOtherFormat(raw: unknown): string {
  if (isObject(raw)) {
    if (Array.isArray(raw.elements) || Array.isArray(raw.connections)) {
      return 'this looks like a Kumu export, not a Good Help Map file. Use “Import a spreadsheet…” to bring it in.';
    }
    if (typeof raw.format === 'string') return `it is a “${raw.format.slice(0, 40)}” file, not a Good Help Map file.`;
  }
  return 'it is not a Good Help Map file.';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
