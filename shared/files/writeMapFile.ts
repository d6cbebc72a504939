import type { MapSnapshot } from '../model';
import { encryptText, toBase64 } from './encryption';
import { MAP_FILE_FORMAT, MAP_FILE_VERSION, mapFileSchema, type EncryptedMapFile, type MapFile } from './mapFileSchema';

/**
 * The map as a `.ghmap` file of the current version, checked against its own schema. Give
 * `documentState` (the map's Yjs document, encoded) only when it is the state these very
 * records were read from: a file whose state and records differ opens from its records.
 */
export function buildMapFile(snapshot: MapSnapshot, options: { savedAt?: Date; savedBy?: string; documentState?: Uint8Array } = {}): MapFile {
  return mapFileSchema.parse({
    format: MAP_FILE_FORMAT,
    fileVersion: MAP_FILE_VERSION,
    schemaVersion: snapshot.schemaVersion,
    savedAt: (options.savedAt ?? new Date()).toISOString(),
    savedBy: options.savedBy ?? 'Good Help Map',
    map: snapshot.map,
    nodes: snapshot.nodes,
    links: snapshot.links,
    ...(options.documentState ? { document: { encoding: 'yjs-update-v1', state: toBase64(options.documentState) } } : {}),
  });
}

/** One record per line: small enough to email, and a diff of two saves stays readable. */
export function serialiseMapFile(file: MapFile): string {
  const { nodes, links, document, ...head } = file;
  const list = (items: readonly unknown[]) => (items.length ? `[\n${items.map((i) => `  ${JSON.stringify(i)}`).join(',\n')}\n]` : '[]');
  const headJson = JSON.stringify(head, null, 1).slice(0, -2);
  // The state goes last, on one line, so the records above it stay easy to read and diff.
  const state = document ? `,\n"document": ${JSON.stringify(document)}` : '';
  return `${headJson},\n"nodes": ${list(nodes)},\n"links": ${list(links)}${state}\n}\n`;
}

/** A locked copy: everything but the format and version is encrypted with the passphrase. */
export async function serialiseEncryptedMapFile(file: MapFile, passphrase: string, iterations?: number): Promise<string> {
  const envelope: EncryptedMapFile = {
    format: MAP_FILE_FORMAT,
    fileVersion: MAP_FILE_VERSION,
    encrypted: await encryptText(JSON.stringify(file), passphrase, iterations),
  };
  return `${JSON.stringify(envelope)}\n`;
}

/** A file name for a map: its name, made safe, with the extension. */
export function mapFileName(mapName: string, suffix = ''): string {
  // eslint-disable-next-line no-control-regex
  const base = mapName.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Untitled map';
  return `${base}${suffix}.ghmap`;
}
