import type { BrowserWindow, Dialog } from 'electron';
import type { FileDialogs } from './fileHandlers';

/** Native Open and Save dialogs, attached to the app window so they behave as its sheets. */
export function createFileDialogs(window: () => BrowserWindow | null, dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>): FileDialogs {
  return {
    showSaveDialog: async (options) => {
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return { canceled: result.canceled, ...(result.filePath ? { filePath: result.filePath } : {}) };
    },
    showOpenDialog: async (options) => {
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return { canceled: result.canceled, filePaths: result.filePaths };
    },
  };
}
