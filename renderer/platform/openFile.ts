import { desktopBridge } from './desktopBridge';
import { ipcMessage } from './saveFile';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const ACCEPT = {
  map: '.ghmap,application/json',
  spreadsheet: '.csv,.xlsx,.json,.gexf,.graphml,.xml,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json',
} as const;

/** The largest file the app reads: matches the desktop shell's limit. */
export const MAX_PICKED_BYTES = 100 * 1024 * 1024;

/**
 * Asks the user for files to open: the native Open dialog in the desktop app, the browser's
 * file chooser otherwise. Resolves to [] when the user cancels.
 */
export async function openFile(purpose: 'map' | 'spreadsheet'): Promise<PickedFile[]> {
  if (desktopBridge) {
    try {
      return (await desktopBridge.openFile({ purpose })).files;
    } catch (error) {
      throw new Error(ipcMessage(error));
    }
  }
  return readFiles(await chooseInBrowser(ACCEPT[purpose], purpose === 'spreadsheet'));
}

/** Reads dropped or chosen browser File objects, refusing over-large ones by name. */
export async function readFiles(files: readonly File[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const file of files.slice(0, 20)) {
    if (file.size > MAX_PICKED_BYTES) throw new Error(`“${file.name}” is larger than the 100 MB Good Help Map can open.`);
    out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return out;
}

function chooseInBrowser(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'file-chooser');
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}
