import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES, type OpenedFile } from '../shared/ipc/contract';

/**
 * Reads a file the user chose, refusing anything that is not a regular file or is larger than
 * the limit before reading a byte of it, so a huge or special file cannot stall the app.
 */
export async function readUserFile(path: string, limit = MAX_FILE_BYTES): Promise<OpenedFile> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`“${name}” could not be found. It may have been moved, renamed or deleted.`);
  }
  if (!info.isFile()) throw new Error(`“${name}” is not a file.`);
  if (info.size > limit) {
    throw new Error(`“${name}” is ${megabytes(info.size)}, larger than the ${megabytes(limit)} Good Help Map can open.`);
  }
  const handle = await open(path, 'r');
  try {
    // Read at most limit + 1 bytes: the file may have grown since we looked.
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > limit) throw new Error(`“${name}” is larger than the ${megabytes(limit)} Good Help Map can open.`);
    return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead) };
  } finally {
    await handle.close();
  }
}

/** Writes beside the target and renames: a crash or full disk never leaves half a file. */
export async function writeFileAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, contents);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;
}
