import { useEffect } from 'react';
import { desktopBridge } from '../platform/desktopBridge';
import './files.css';
import { lastFeedAddress } from './feedClient';
import { useFileService, useFileUi } from './useFileService';

/** The start screen's way in for files: open a map someone sent, or start from a spreadsheet. */
export function StartFileActions() {
  const files = useFileService();
  const recent = useFileUi((s) => s.recent);
  useEffect(() => void files.refreshRecent(), [files]);
  return (
    <div className="start-files">
      <p className="start-files__actions">
        Have a map or a spreadsheet already?{' '}
        <button type="button" className="button" onClick={() => void files.chooseMapFile()}>
          Open a map file…
        </button>{' '}
        <button type="button" className="button" onClick={() => void files.chooseSpreadsheet()}>
          Import a spreadsheet…
        </button>{' '}
        <button type="button" className="button" onClick={() => files.setDialog({ kind: 'feed', address: lastFeedAddress(), error: null })}>
          Import from an Open Referral UK feed…
        </button>
      </p>
      <p className="muted start-files__hint">
        Map files (.ghmap) open as a new map. Spreadsheets can be Kumu’s (Elements and Connections), any CSV or Excel list of groups, Kumu’s JSON
        export or Open Referral UK data. You can also drop a file anywhere on this window.
      </p>
      {desktopBridge && recent.length > 0 && (
        <nav aria-label="Recent files" className="start-files__recent">
          <h3>Recent files</h3>
          <ul>
            {recent.slice(0, 5).map((r) => (
              <li key={r.path}>
                <button type="button" className="button button--quiet" title={r.path} onClick={() => void files.openRecent(r.path)}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
