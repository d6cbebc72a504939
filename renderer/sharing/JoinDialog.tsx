import './sharing.css';
import { useState } from 'react';
import { Dialog } from '../components/Dialog';

export type JoinOutcome = { ok: true } | { ok: false; message: string };

/** The start screen's "Join a shared map…": paste an invite, say your name, join. */
export function JoinDialog({ initialName = '', join, onClose }: { initialName?: string; join: (inviteText: string, personName: string) => Promise<JoinOutcome>; onClose: () => void }) {
  const [invite, setInvite] = useState('');
  const [personName, setPersonName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog title="Join a shared map" onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          if (!personName.trim()) return setProblem('Type your name: your colleagues see it beside what you select.');
          setBusy(true);
          setProblem(null);
          const outcome = await join(invite, personName.trim());
          setBusy(false);
          if (outcome.ok) onClose();
          else setProblem(outcome.message);
        }}
      >
        <p>Paste the invite a colleague sent you. The map opens here and stays in step with everyone else’s, even after time offline.</p>
        <label className="field">
          <span className="field__label">Invite</span>
          <textarea value={invite} onChange={(e) => setInvite(e.target.value)} rows={3} spellCheck={false} placeholder="goodhelpmap:join?…" required aria-invalid={Boolean(problem) || undefined} aria-describedby={problem ? 'join-problem' : undefined} />
        </label>
        <label className="field">
          <span className="field__label">Your name</span>
          <input type="text" value={personName} onChange={(e) => setPersonName(e.target.value)} maxLength={80} autoComplete="name" />
          <span className="field__hint">Shown to colleagues beside what you select.</span>
        </label>
        {problem && (
          <p id="join-problem" className="field__error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
