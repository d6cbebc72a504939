import { snapshotFromDocument, type MapDocument } from '../../shared/editing';
import type { DesktopBridge } from '../../shared/ipc/bridge';

/**
 * Mirrors the open map to the desktop app's rotating backup files a short while after the
 * last change: browser storage can be wiped by a full disk or an upgrade, files survive that.
 * The main process decides which backups to keep.
 */
export function createBackupMirror(
  bridge: Pick<DesktopBridge, 'writeBackup'>,
  onError: (message: string) => void,
  delayMs = 20_000,
): { onMapChanged: (doc: MapDocument) => void; flush: () => Promise<void> } {
  let latest: MapDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failedBefore = false;

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const doc = latest;
    latest = null;
    if (!doc) return;
    try {
      await bridge.writeBackup({ mapId: doc.meta.id, mapName: doc.meta.name, snapshotJson: JSON.stringify(snapshotFromDocument(doc)) });
      failedBefore = false;
    } catch (error) {
      // Say it once, not after every edit: the map itself is still saved in the app.
      if (!failedBefore) onError(`A backup copy could not be written (${error instanceof Error ? error.message : String(error)}). Your map is still saved.`);
      failedBefore = true;
    }
  };

  return {
    onMapChanged(doc) {
      latest = doc;
      if (!timer) timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
