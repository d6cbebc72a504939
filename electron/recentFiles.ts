import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../shared/ipc/contract';

const MAX_RECENT = 10;
const storedSchema = z.array(z.object({ path: z.string().min(1).max(4096), openedAt: z.iso.datetime() })).max(100);

/**
 * The map files opened or saved most recently, newest first, kept in a small JSON file. Only
 * paths on this list may be reopened through `file:openRecent`, so the page cannot ask the
 * shell to read an arbitrary file.
 */
export class RecentFiles {
  constructor(
    private readonly storeFile: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<RecentFile[]> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.storeFile, 'utf8'));
    } catch {
      return [];
    }
    const parsed = storedSchema.safeParse(raw);
    if (!parsed.success) return [];
    return parsed.data.slice(0, MAX_RECENT).map((r) => ({ ...r, name: basename(r.path) }));
  }

  async add(path: string): Promise<void> {
    const others = (await this.list()).filter((r) => !samePath(r.path, path));
    const next = [{ path, openedAt: this.now().toISOString() }, ...others.map(({ path: p, openedAt }) => ({ path: p, openedAt }))];
    await writeFile(this.storeFile, JSON.stringify(next.slice(0, MAX_RECENT)), 'utf8');
  }

  async remove(path: string): Promise<void> {
    const kept = (await this.list()).filter((r) => !samePath(r.path, path));
    await writeFile(this.storeFile, JSON.stringify(kept.map(({ path: p, openedAt }) => ({ path: p, openedAt }))), 'utf8');
  }

  async has(path: string): Promise<boolean> {
    return (await this.list()).some((r) => samePath(r.path, path));
  }
}

function samePath(a: string, b: string): boolean {
  // Windows and macOS file systems are usually case-insensitive; being strict there would
  // only list one file twice.
  return process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}
