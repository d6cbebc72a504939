import { Dialog } from '../components/Dialog';
import type { ImportSession } from './importSession';
import { TableMapping } from './TableMapping';
import { useFileService, useFileUi } from './useFileService';

/** Import a spreadsheet: reading (with progress and Cancel), then columns, preview and go. */
export function ImportDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  if (dialog.kind !== 'import') return null;
  const { session } = dialog;
  const title = `Import ${session.fileNames.length === 1 ? `“${session.fileNames[0]}”` : `${session.fileNames.length} files`}`;

  if (session.stage === 'reading') {
    const { done = 0, total = 1 } = session.progress ?? {};
    return (
      <Dialog title={title} onClose={() => files.imports.cancel()}>
        <p id="import-progress-label">Reading {session.fileNames[done] ?? 'the files'}…</p>
        <progress className="import-progress" max={total} value={done} aria-labelledby="import-progress-label" />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => files.imports.cancel()}>
            Cancel
          </button>
        </div>
      </Dialog>
    );
  }

  const counts = session.preview?.counts;
  const into = session.target === 'openMap' ? 'into this map' : 'as a new map';
  return (
    <Dialog title={title} onClose={() => files.imports.cancel()} wide>
      <p>
        Check what each sheet holds and which column is which. Kumu and Gephi files are recognised as they are; columns that are none of ours come in as custom fields. Things already on the map are updated,
        not added twice (matched by ID, then by kind and name).
      </p>
      <div className="import-tables">
        {session.plans.map((plan, i) => (
          <TableMapping key={`${plan.table.fileName}/${plan.table.sheetName ?? ''}`} plan={plan} onChange={(change) => files.imports.changePlan(i, change)} />
        ))}
        {session.batches.length > 0 && session.plans.length === 0 && <p>Kumu’s JSON export and Open Referral UK data need no column choices.</p>}
      </div>
      <div className={`import-summary${session.error ? ' has-error' : ''}`} role="status" aria-live="polite">
        {session.error ? (
          <p className="field__error">{session.error}</p>
        ) : counts ? (
          <>
            <p>
              <strong>Will import {into}:</strong> {describeCounts(counts)}.
            </p>
            {session.preview!.warnings.length > 0 && (
              <ul className="import-summary__warnings">
                {session.preview!.warnings.slice(0, 6).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => files.imports.cancel()}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={Boolean(session.error) || !counts || session.stage === 'applying'} onClick={() => void files.imports.confirm()}>
          {session.stage === 'applying' ? 'Importing…' : 'Import'}
        </button>
      </div>
    </Dialog>
  );
}

function describeCounts(c: NonNullable<ImportSession['preview']>['counts']): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    c.addedNodes ? plural(c.addedNodes, 'new thing', 'new things') : '',
    c.updatedNodes ? plural(c.updatedNodes, 'thing updated', 'things updated') : '',
    c.addedLinks ? plural(c.addedLinks, 'new link', 'new links') : '',
    c.updatedLinks ? plural(c.updatedLinks, 'link updated', 'links updated') : '',
    c.newAreas ? plural(c.newAreas, 'new area', 'new areas') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing new (everything is already on the map)';
}
