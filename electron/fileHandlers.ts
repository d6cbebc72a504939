import { join } from 'node:path';
import type { IpcRequest, IpcResponse, OpenedFile } from '../shared/ipc/contract';
import { readUserFile, writeFileAtomically } from './fileAccess';
import { OPEN_FILTERS, extensionOf, safeFileName, saveFilters, type FileFilter } from './fileNames';
import type { OpenQueue } from './openRequests';
import type { RecentFiles } from './recentFiles';

/** The bits of Electron the file handlers use: plain objects in tests. */
export interface FileDialogs {
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    filters: FileFilter[];
    properties: ('openFile' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileHandlerDeps {
  readonly dialogs: FileDialogs;
  /** Where Save dialogs start: the user's Documents folder. */
  readonly defaultFolder: () => string;
  readonly recent: RecentFiles;
  readonly queue: OpenQueue;
  /** Tells the OS about a file (its own "recent documents" list). */
  readonly addRecentDocument?: (path: string) => void;
  readonly read?: (path: string) => Promise<OpenedFile>;
  readonly write?: (path: string, contents: string | Uint8Array) => Promise<void>;
}

type FileChannel = 'file:save' | 'file:open' | 'file:takeOpened' | 'file:recent' | 'file:openRecent';
type FileHandlers = { [C in FileChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const read = deps.read ?? readUserFile;
  const write = deps.write ?? writeFileAtomically;
  const remember = async (path: string) => {
    if (extensionOf(path) !== 'ghmap') return;
    await deps.recent.add(path);
    deps.addRecentDocument?.(path);
  };
  return {
    'file:save': async ({ suggestedName, contents }) => {
      const name = safeFileName(suggestedName);
      const choice = await deps.dialogs.showSaveDialog({
        title: 'Save a copy',
        defaultPath: join(deps.defaultFolder(), name),
        filters: saveFilters(name),
      });
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
      await write(choice.filePath, contents);
      await remember(choice.filePath);
      return { outcome: 'saved' };
    },
    'file:open': async ({ purpose }) => {
      const choice = await deps.dialogs.showOpenDialog({
        title: purpose === 'map' ? 'Open a map file' : 'Import a spreadsheet',
        filters: OPEN_FILTERS[purpose],
        properties: purpose === 'map' ? ['openFile'] : ['openFile', 'multiSelections'],
      });
      if (choice.canceled) return { files: [] };
      const files: OpenedFile[] = [];
      for (const path of choice.filePaths.slice(0, 20)) {
        files.push(await read(path));
        await remember(path);
      }
      return { files };
    },
    'file:takeOpened': async () => ({ files: await deps.queue.take() }),
    'file:recent': async () => ({ recent: await deps.recent.list() }),
    'file:openRecent': async ({ path }) => {
      // Only a path the user opened or saved before: the page cannot name any other file.
      if (!(await deps.recent.has(path))) throw new Error('That file is not in the list of recent files.');
      try {
        const file = await read(path);
        await remember(path);
        return { files: [file] };
      } catch (error) {
        await deps.recent.remove(path);
        throw error;
      }
    },
  };
}
