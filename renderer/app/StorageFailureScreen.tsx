import { useAppState, useController } from './controllerContext';
import { BackupsDialog } from '../platform/BackupsDialog';
import { desktopBridge } from '../platform/desktopBridge';

/** Shown instead of "Opening your maps…" for ever when the database cannot be opened. */
export function StorageFailureScreen() {
  const controller = useController();
  const failure = useAppState((s) => s.storageFailure);
  const dialog = useAppState((s) => s.dialog);
  if (!failure) return null;
  return (
    <div className="start">
      <main className="start__main storage-failure" aria-labelledby="storage-failure-heading">
        <h1 id="storage-failure-heading">{failure.title}</h1>
        <p>{failure.detail}</p>
        <div className="storage-failure__actions">
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            Try again
          </button>
          {desktopBridge && (
            <button type="button" className="button" onClick={() => controller.setDialog('backups')}>
              Open a backup…
            </button>
          )}
        </div>
        <details>
          <summary>Details for your IT team</summary>
          <p>
            <code>{failure.technical}</code>
          </p>
        </details>
      </main>
      {dialog === 'backups' && <BackupsDialog />}
    </div>
  );
}
