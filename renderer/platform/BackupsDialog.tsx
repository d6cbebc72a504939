import { useEffect, useState } from 'react';
import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { desktopBridge } from './desktopBridge';

interface BackupRow {
  fileName: string;
  mapName: string;
  savedAt: string;
  sizeBytes: number;
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Lists the desktop backup files and restores one as a new map (never over the old one). */
export function BackupsDialog() {
  const controller = useController();
  const [rows, setRows] = useState<BackupRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => controller.setDialog('none');

  useEffect(() => {
    if (!desktopBridge) return;
    desktopBridge.listBackups({}).then(
      (res) => setRows(res.backups),
      (e: unknown) => setError(`The backups could not be listed: ${e instanceof Error ? e.message : String(e)}`),
    );
  }, []);

  const restore = async (row: BackupRow) => {
    if (!desktopBridge) return;
    try {
      const { snapshotJson } = await desktopBridge.readBackup({ fileName: row.fileName });
      close();
      await controller.openSnapshot(JSON.parse(snapshotJson), `${row.mapName} (restored ${when.format(new Date(row.savedAt))})`);
    } catch (e) {
      setError(`That backup could not be restored: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <Dialog title="Restore from a backup" onClose={close} wide>
      {!desktopBridge ? (
        <p>Backup files are kept by the desktop app. In the browser edition your maps are kept in this browser only.</p>
      ) : (
        <>
          <p>The desktop app keeps copies of each map: several from today and one from each earlier day. Restoring makes a new map; nothing is overwritten.</p>
          {error && <p role="alert" className="error-text">{error}</p>}
          {rows === null && !error && <p>Looking for backups…</p>}
          {rows?.length === 0 && <p>There are no backups yet. They are made a little while after you change a map.</p>}
          {rows && rows.length > 0 && (
            <table className="backup-table">
              <thead>
                <tr><th scope="col">Map</th><th scope="col">Saved</th><th scope="col">Size</th><th scope="col"><span className="visually-hidden">Action</span></th></tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.fileName}>
                    <td>{row.mapName}</td>
                    <td>{when.format(new Date(row.savedAt))}</td>
                    <td>{Math.max(1, Math.round(row.sizeBytes / 1024))} KB</td>
                    <td>
                      <button type="button" className="button" onClick={() => void restore(row)} aria-label={`Restore ${row.mapName} from ${when.format(new Date(row.savedAt))}`}>
                        Restore
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Dialog>
  );
}
