import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { FileDialogs, FileHandlerDeps } from '../../electron/fileHandlers';
import { OpenQueue } from '../../electron/openRequests';
import { RecentFiles } from '../../electron/recentFiles';
import { readUserFile } from '../../electron/fileAccess';

/** File-handler dependencies over a fresh temporary folder, with scripted dialogs. */
export function fileDeps(overrides: Partial<FileDialogs> = {}): FileHandlerDeps & { folder: string; notified: () => number } {
  const folder = mkdtempSync(join(tmpdir(), 'ghm-files-'));
  let notified = 0;
  const recent = new RecentFiles(join(folder, 'recent-files.json'));
  return {
    folder,
    notified: () => notified,
    dialogs: {
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      ...overrides,
    },
    defaultFolder: () => folder,
    recent,
    queue: new OpenQueue(readUserFile, () => notified++, (path) => recent.add(path)),
    addRecentDocument: vi.fn(),
  };
}
