import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useFileService, useFileUi } from './useFileService';

/** Asks for the passphrase of a locked map file; a wrong one says so and opens nothing. */
export function PassphraseDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  const [passphrase, setPassphrase] = useState('');
  if (dialog.kind !== 'passphrase') return null;
  return (
    <Dialog title="This map is locked" onClose={() => files.close()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (passphrase) void files.unlock(passphrase);
        }}
      >
        <p>
          “{dialog.file.name}” was locked with a passphrase when it was shared. Type the passphrase to open it. Ask whoever sent it if you do
          not know it.
        </p>
        <label className="field">
          <span className="field__label">Passphrase</span>
          <input
            type="password"
            autoFocus
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-invalid={dialog.error ? true : undefined}
            aria-describedby={dialog.error ? 'passphrase-error' : undefined}
          />
        </label>
        {dialog.error && (
          <p id="passphrase-error" role="alert" className="field__error">
            {dialog.error} Nothing has been opened.
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => files.close()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!passphrase || dialog.busy}>
            {dialog.busy ? 'Unlocking…' : 'Open map'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
