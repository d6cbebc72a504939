// The parts the Share and Join dialogs have in common: the person's name, the problem line and
// the Cancel / submit pair.

export function PersonNameField({ value, onChange, invalid, describedBy }: { value: string; onChange: (name: string) => void; invalid?: boolean; describedBy?: string | undefined }) {
  return (
    <label className="field">
      <span className="field__label">Your name</span>
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} maxLength={80} autoComplete="name" aria-invalid={invalid || undefined} aria-describedby={describedBy} />
      <span className="field__hint">Shown to colleagues beside what you select.</span>
    </label>
  );
}

export function FormProblemAndActions({ id, problem, busy, action, busyAction, onCancel }: { id: string; problem: string | null; busy: boolean; action: string; busyAction: string; onCancel: () => void }) {
  return (
    <>
      {problem && (
        <p id={id} className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? busyAction : action}
        </button>
      </div>
    </>
  );
}

/** Below a map's invites: a word on keeping them close, and Done. */
export function InvitesDone({ onClose }: { onClose: () => void }) {
  return (
    <>
      <p className="field__hint">Anyone who has an invite can use it, so send it only to the people it is for.</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </>
  );
}
