import { useId, useState } from 'react';
import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { useSessionUiStore } from '../stickies/sessionUi';
import { saveSnapshot } from './snapshotService';

function defaultName(now = new Date()): string {
  return `Snapshot, ${now.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}`;
}

/** "Save snapshot…": a name, and a full copy of the map is kept under it. */
export function SaveSnapshotDialog() {
  const controller = useController();
  const ui = useSessionUiStore();
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const close = () => ui.set({ dialog: 'none' });
  const valid = name.trim().length > 0 && name.trim().length <= 200;
  return (
    <Dialog title="Save snapshot" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || busy) return;
          setBusy(true);
          void saveSnapshot(controller, name).then((ok) => (ok ? close() : setBusy(false)));
        }}
      >
        <p className="field__hint">A snapshot keeps a copy of the whole map as it is now, so you can compare it with later versions.</p>
        <div className="field">
          <label htmlFor={id} className="field__label">
            Snapshot name
          </label>
          <input id={id} value={name} maxLength={200} autoFocus onFocus={(e) => e.target.select()} onChange={(e) => setName(e.target.value)} aria-invalid={!valid} />
          {!valid && <p className="field__error">Give the snapshot a name, e.g. “Before the workshop”.</p>}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!valid || busy}>
            Save snapshot
          </button>
        </div>
      </form>
    </Dialog>
  );
}
