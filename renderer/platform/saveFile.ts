import { desktopBridge } from './desktopBridge';

export interface FileToSave {
  /** A name like "Kirkholt map.ghmap"; the desktop dialog starts with it, a download uses it. */
  readonly suggestedName: string;
  readonly mimeType: string;
  readonly contents: string | Uint8Array;
}

/**
 * Saves a file the user asked for. The desktop app shows the native Save dialog (the user may
 * cancel it); the browser edition downloads the file to the browser's downloads folder.
 * Errors (a full disk, a folder without permission) are thrown with a plain message.
 */
export async function saveFile(file: FileToSave): Promise<'saved' | 'cancelled'> {
  if (desktopBridge) {
    try {
      const { outcome } = await desktopBridge.saveFile({ suggestedName: file.suggestedName, mimeType: file.mimeType, contents: file.contents });
      return outcome;
    } catch (error) {
      throw new Error(`“${file.suggestedName}” could not be saved: ${ipcMessage(error)}`);
    }
  }
  downloadInBrowser(file);
  return 'saved';
}

function downloadInBrowser(file: FileToSave): void {
  const part: BlobPart = typeof file.contents === 'string' ? file.contents : copyToArrayBuffer(file.contents);
  const url = URL.createObjectURL(new Blob([part], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.suggestedName.replace(/[<>:"/\\|?*]/g, ' ').trim() || 'Untitled';
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function copyToArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Electron wraps errors from the main process as "Error invoking remote method 'x': Error: …". */
export function ipcMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (?:Error: )?/, '');
}
