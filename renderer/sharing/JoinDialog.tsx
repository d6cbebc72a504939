import './sharing.css';
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { FormProblemAndActions, PersonNameField } from './SharingFormParts';
import type { JoinOutcome } from './teamSharing';


/** The start screen's "Join a shared map…": paste an invite, say your name, join. */
export function JoinDialog({
  initialName = '',
  resume = null,
  join,
  onClose,
}: {
  initialName?: string;
  /** Filled in and sent at once: the window started again to be allowed to reach the server. */
  resume?: { invite: string; personName: string } | null;
  join: (inviteText: string, personName: string) => Promise<JoinOutcome>;
  onClose: () => void;
}) {
  const [invite, setInvite] = useState(resume?.invite ?? '');
  const [personName, setPersonName] = useState(resume?.personName ?? initialName);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const send = async () => {
    if (busy) return;
    if (!personName.trim()) return setProblem('Type your name: your colleagues see it beside what you select.');
    setBusy(true);
    setProblem(null);
    const outcome = await join(invite, personName.trim());
    setBusy(false);
    if (outcome.ok) onClose();
    else setProblem(outcome.message);
  };
  // Once, for the join the window started again for (a ref, as StrictMode runs effects twice).
  const resumed = useRef(false);
  useEffect(() => {
    if (!resume || resumed.current) return;
    resumed.current = true;
    void send();
  });
  return (
    <Dialog title="Join a shared map" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <p>Paste the invite a colleague sent you. The map opens here and stays in step with everyone else’s, even after time offline.</p>
        <label className="field">
          <span className="field__label">Invite</span>
          <textarea value={invite} onChange={(e) => setInvite(e.target.value)} rows={3} spellCheck={false} placeholder="goodhelpmap:join?…" required aria-invalid={Boolean(problem) || undefined} aria-describedby={problem ? 'join-problem' : undefined} />
        </label>
        <PersonNameField value={personName} onChange={setPersonName} />
        <FormProblemAndActions id="join-problem" problem={problem} busy={busy} action="Join" busyAction="Joining…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
