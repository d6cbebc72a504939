import { plural } from '../../shared/analysis/words';
import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useAppState } from '../app/controllerContext';
import { nodeCounts } from '../state/nodeCounts';
import { useFileService } from './useFileService';

const MIN_PASSPHRASE = 8;

/** "Save a shareable copy…": anonymise people and/or lock the copy with a passphrase. */
export function ShareableCopyDialog() {
  const files = useFileService();
  const sensitive = useAppState((s) => (s.doc ? nodeCounts(s.doc.nodes).sensitivePeople : 0));
  const [anonymise, setAnonymise] = useState(true);
  const [lock, setLock] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const problem = lock ? (passphrase.length < MIN_PASSPHRASE ? `Use at least ${MIN_PASSPHRASE} characters — a few words is easiest to remember.` : passphrase !== again ? 'The two passphrases are not the same.' : null) : null;
  const nothingChosen = !anonymise && !lock;

  return (
    <Dialog title="Save a shareable copy" onClose={() => files.close()}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (problem || busy) return;
          setBusy(true);
          const saved = await files.saveShareable({ anonymise, passphrase: lock ? passphrase : null });
          setBusy(false);
          if (saved) files.close();
        }}
      >
        <p>Makes a copy to send to someone else. Your own map is not changed.</p>
        <fieldset className="share-option">
          <label className="check">
            <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
            <span>
              <strong>Anonymise people</strong>
              <span className="field__hint">
                {' '}
                Each person is named by their role and a number (“Volunteer 2”). Their contact details and notes are left out
                {sensitive > 0 ? sensitive === 1 ? ', and the one person marked sensitive is removed' : `, and the ${plural(sensitive, 'person', 'people')} marked sensitive are removed` : ', and anyone marked sensitive is removed'}.
                Their names are also replaced wherever they appear in other notes.
              </span>
            </span>
          </label>
        </fieldset>
        <fieldset className="share-option">
          <label className="check">
            <input type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />
            <span>
              <strong>Lock with a passphrase</strong>
              <span className="field__hint"> The copy is encrypted; it opens only with the passphrase. Tell it to the person another way — not in the same email.</span>
            </span>
          </label>
          {lock && (
            <div className="share-option__passphrase">
              <label className="field">
                <span className="field__label">Passphrase</span>
                <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
              </label>
              <label className="field">
                <span className="field__label">Type it again</span>
                <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} aria-describedby="share-problem" />
              </label>
              {problem && (passphrase || again) && (
                <p id="share-problem" className="field__error" role="status">
                  {problem}
                </p>
              )}
            </div>
          )}
        </fieldset>
        {nothingChosen && <p className="banner banner--warning">With neither option the copy holds everything, including people’s names and notes.</p>}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => files.close()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={Boolean(problem) || busy}>
            {busy ? 'Saving…' : 'Save the copy…'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
