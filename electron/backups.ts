import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../shared/ipc/contract';
import { backupFileNameSchema } from '../shared/ipc/contract';
import { parseBackupFileName, planBackup } from './backupRotation';

const sidecarSchema = z.object({ mapId: z.string(), mapName: z.string() });
const sidecarName = (fileName: string) => fileName.replace(/\.json$/, '.meta.json');

/**
 * Backup files on disk, one folder for all maps. Each backup has a small sidecar with the
 * map's name, so the list never has to read a large map file.
 */
export class BackupStore {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async write(mapId: string, mapName: string, snapshotJson: string): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const { writeName, deleteNames } = planBackup(mapId, await this.existing(), this.now());
    // Write then rename: a crash mid-write leaves the previous backups intact.
    const temp = join(this.folder, `.${writeName}.tmp`);
    await writeFile(temp, snapshotJson, 'utf8');
    await rename(temp, join(this.folder, writeName));
    await writeFile(join(this.folder, sidecarName(writeName)), JSON.stringify({ mapId, mapName }), 'utf8');
    for (const name of deleteNames) {
      await rm(join(this.folder, name), { force: true });
      await rm(join(this.folder, sidecarName(name)), { force: true });
    }
    return writeName;
  }

  async list(mapId?: string): Promise<BackupInfo[]> {
    const names = await this.backupNames();
    const rows: BackupInfo[] = [];
    for (const fileName of names) {
      const parsed = parseBackupFileName(fileName)!;
      const meta = await this.readSidecar(fileName);
      if (!meta || (mapId !== undefined && meta.mapId !== mapId)) continue;
      const { size } = await stat(join(this.folder, fileName));
      rows.push({ fileName, mapId: meta.mapId, mapName: meta.mapName, savedAt: parsed.savedAt.toISOString(), sizeBytes: size });
    }
    return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(fileName: string): Promise<string> {
    // The name is checked again here, not only at the IPC boundary: it becomes a path.
    const name = backupFileNameSchema.parse(fileName);
    return readFile(join(this.folder, name), 'utf8');
  }

  /** Every backup in the folder; the rotation policy picks out this map's own. */
  private async existing() {
    return (await this.backupNames()).map((fileName) => ({ fileName, savedAt: parseBackupFileName(fileName)!.savedAt }));
  }

  private async backupNames(): Promise<string[]> {
    try {
      return (await readdir(this.folder)).filter((n) => parseBackupFileName(n) !== null);
    } catch {
      return [];
    }
  }

  private async readSidecar(fileName: string) {
    try {
      const parsed = sidecarSchema.safeParse(JSON.parse(await readFile(join(this.folder, sidecarName(fileName)), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
