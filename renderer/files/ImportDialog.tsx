import { Dialog } from '../components/Dialog';
import { useAppState } from '../app/controllerContext';
import { DEFAULT_HELP_TOPICS } from '../../shared/model';
import { ImportChanges } from './ImportChanges';
import { ImportChoices } from './ImportChoices';
import type { ImportSession } from './importSession';
import { TableMapping } from './TableMapping';
import { useFileService, useFileUi } from './useFileService';

const SHOWN_WARNINGS = 8;

/** Import a spreadsheet or a feed: reading (with progress and Cancel), then columns, preview and go. */
export function ImportDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  const openTopics = useAppState((s) => s.doc?.meta.helpTopics);
  if (dialog.kind !== 'import') return null;
  const { session } = dialog;
  const title = session.feed || session.progressLabel ? `Import from ${hostOf(session.fileNames[0] ?? '')}` : `Import ${session.fileNames.length === 1 ? `“${session.fileNames[0]}”` : `${session.fileNames.length} files`}`;

  if (session.stage === 'reading') {
    const { done = 0, total = 1 } = session.progress ?? {};
    return (
      <Dialog title={title} onClose={() => files.imports.cancel()}>
        <p id="import-progress-label">{session.progressLabel ?? `Reading ${session.fileNames[done] ?? 'the files'}…`}</p>
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
  const nothingChanges = Boolean(counts && !counts.addedNodes && !counts.updatedNodes && !counts.addedLinks && !counts.updatedLinks && !counts.newAreas);
  const into = session.target === 'openMap' ? 'into this map' : 'as a new map';
  const warnings = session.preview?.warnings ?? [];
  return (
    <Dialog title={title} onClose={() => files.imports.cancel()} wide>
      {session.feed ? (
        <p>
          {session.feed.summary} Things already on the map are updated by the feed’s own ids, so renaming in the directory never makes a duplicate.
        </p>
      ) : session.plans.length === 0 ? (
        <p>Check what will come in. Things already on the map are updated, not added twice (matched by their ids, then by kind and name).</p>
      ) : (
        <p>
          Check what each sheet holds and which column is which. Kumu, Gephi and Open Referral UK files are recognised as they are; columns that are
          none of ours come in as custom fields. Things already on the map are updated, not added twice (matched by ID, then by kind and name).
        </p>
      )}
      {(session.plans.length > 0 || !session.feed) && (
        <div className="import-tables">
          {session.plans.map((plan, i) => (
            <TableMapping key={`${plan.table.fileName}/${plan.table.sheetName ?? ''}`} plan={plan} onChange={(change) => files.imports.changePlan(i, change)} />
          ))}
          {session.batches.map((b, i) => b.summary && <p key={i}>{b.summary} Open Referral UK data needs no column choices.</p>)}
          {session.batches.some((b) => !b.summary) && session.plans.length === 0 && <p>Kumu’s JSON export and Open Referral UK data need no column choices.</p>}
        </div>
      )}
      <ImportChoices
        session={session}
        topics={session.target === 'openMap' && openTopics ? openTopics : DEFAULT_HELP_TOPICS}
        onTopic={(term, id) => files.imports.chooseTopic(term, id)}
        onContactNames={(on) => files.imports.setContactNames(on)}
      />
      <div className={`import-summary${session.error ? ' has-error' : ''}`} role="status" aria-live="polite">
        {session.error ? (
          <p className="field__error">{session.error}</p>
        ) : counts ? (
          <>
            <p>
              {nothingChanges ? (
                <strong>Nothing has changed:</strong>
              ) : (
                <strong>Will import {into}:</strong>
              )}{' '}
              {describeCounts(counts)}.
            </p>
            {session.preview && <ImportChanges changes={session.preview.changes} />}
            {warnings.length > 0 && (
              <ul className="import-summary__warnings" aria-label="Things to check">
                {warnings.slice(0, SHOWN_WARNINGS).map((w) => (
                  <li key={w}>{w}</li>
                ))}
                {warnings.length > SHOWN_WARNINGS && <li>…and {warnings.length - SHOWN_WARNINGS} more.</li>}
              </ul>
            )}
          </>
        ) : null}
      </div>
      <div className="dialog__actions">
        {nothingChanges ? (
          <button type="button" className="button button--primary" onClick={() => files.imports.cancel()}>
            Close
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={() => files.imports.cancel()}>
              Cancel
            </button>
            <button type="button" className="button button--primary" disabled={Boolean(session.error) || !counts || session.stage === 'applying'} onClick={() => void files.imports.confirm()}>
              {session.stage === 'applying' ? 'Importing…' : 'Import'}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

function describeCounts(c: NonNullable<ImportSession['preview']>['counts']): string {
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
  const parts = [
    c.addedNodes ? plural(c.addedNodes, 'new thing', 'new things') : '',
    c.updatedNodes ? plural(c.updatedNodes, 'thing updated', 'things updated') : '',
    c.addedLinks ? plural(c.addedLinks, 'new link', 'new links') : '',
    c.updatedLinks ? plural(c.updatedLinks, 'link updated', 'links updated') : '',
    c.newAreas ? plural(c.newAreas, 'new area', 'new areas') : '',
  ].filter(Boolean);
  const same = c.unchangedNodes + c.unchangedLinks;
  if (!parts.length) return same ? `all ${plural(same, 'thing is', 'things are')} already on the map as ${same === 1 ? 'it is' : 'they are'}` : 'there is nothing to import';
  return `${parts.join(', ')}${c.unchangedNodes ? `; ${plural(c.unchangedNodes, 'thing stays', 'things stay')} as ${c.unchangedNodes === 1 ? 'it is' : 'they are'}` : ''}`;
}
