import './sharing.css';
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { CopyField } from './CopyField';
import { FormProblemAndActions, InvitesDone, PersonNameField } from './SharingFormParts';

export interface ShareDialogRequest {
  serverAddress: string;
  accessKey: string;
  personName: string;
  /** Share an anonymised copy (a new map) rather than this map itself. */
  anonymised: boolean;
}

export type ShareDialogOutcome = { ok: true; editInvite: string; viewInvite: string } | { ok: false; field: 'server' | 'key' | null; message: string };

/**
 * File ▸ Share with your team…: the server's address and the team's access key, a plain word
 * about who will see the people on the map, then two invites to paste. The work is the
 * `share` action's (sharingService.shareMap through the document model); this only asks.
 */
export function ShareDialog({
  mapName,
  peopleOnMap,
  initialServer = '',
  initialName = '',
  resume = null,
  share,
  onClose,
}: {
  mapName: string;
  peopleOnMap: number;
  initialServer?: string;
  initialName?: string;
  /** Filled in and sent at once: the window started again to be allowed to reach the server. */
  resume?: Omit<ShareDialogRequest, 'personName'> & { personName: string } | null;
  share: (request: ShareDialogRequest) => Promise<ShareDialogOutcome>;
  onClose: () => void;
}) {
  const [serverAddress, setServerAddress] = useState(resume?.serverAddress ?? initialServer);
  const [accessKey, setAccessKey] = useState(resume?.accessKey ?? '');
  const [personName, setPersonName] = useState(resume?.personName ?? initialName);
  const [anonymised, setAnonymised] = useState(resume?.anonymised ?? false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field: 'server' | 'key' | 'name' | null; message: string } | null>(null);
  const [invites, setInvites] = useState<{ editInvite: string; viewInvite: string } | null>(null);

  const send = async () => {
    if (busy) return;
    if (!personName.trim()) return setProblem({ field: 'name', message: 'Type your name: your colleagues see it beside what you select.' });
    setBusy(true);
    setProblem(null);
    const outcome = await share({ serverAddress, accessKey, personName: personName.trim(), anonymised });
    setBusy(false);
    if (outcome.ok) setInvites(outcome);
    else setProblem({ field: outcome.field, message: outcome.message });
  };
  // Once, for the share the window started again for (a ref, as StrictMode runs effects twice).
  const resumed = useRef(false);
  useEffect(() => {
    if (!resume || resumed.current) return;
    resumed.current = true;
    void send();
  });

  if (invites) {
    return (
      <Dialog title="Shared with your team" onClose={onClose}>
        <p>
          “{mapName}” {anonymised ? '(an anonymised copy) ' : ''}is on your team’s server. Send an invite to each colleague; they paste it into <strong>Join a shared map…</strong>.
        </p>
        <CopyField label="Invite to edit" value={invites.editInvite} hint="Lets them change the map." />
        <CopyField label="Invite to view" value={invites.viewInvite} hint="Lets them watch it change, but not change it." />
        <InvitesDone onClose={onClose} />
      </Dialog>
    );
  }

  const describedBy = (field: 'server' | 'key' | 'name') => (problem?.field === field ? 'share-team-problem' : undefined);
  return (
    <Dialog title="Share with your team" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <p>Puts this map on your team’s server, so colleagues can work on it with you at the same time, each on their own computer.</p>
        <p className="banner banner--warning">
          Everyone with an invite will see the people on this map
          {peopleOnMap > 0 ? ` (${peopleOnMap} ${peopleOnMap === 1 ? 'person' : 'people'})` : ''} — their names, contact details and notes.
        </p>
        <fieldset className="share-option">
          <label className="check">
            <input type="checkbox" checked={anonymised} onChange={(e) => setAnonymised(e.target.checked)} />
            <span>
              <strong>Share an anonymised copy instead</strong>
              <span className="field__hint"> People are named by their role and a number, without contact details or notes, and anyone marked sensitive is left out. The copy is a new map; this one is not shared.</span>
            </span>
          </label>
        </fieldset>
        <label className="field">
          <span className="field__label">Server address</span>
          <input
            type="text"
            value={serverAddress}
            onChange={(e) => setServerAddress(e.target.value)}
            placeholder="team.yourcouncil.gov.uk"
            autoComplete="url"
            spellCheck={false}
            required
            aria-invalid={problem?.field === 'server' || undefined}
            aria-describedby={describedBy('server')}
          />
        </label>
        <label className="field">
          <span className="field__label">Access key</span>
          <input
            type="password"
            value={accessKey}
            onChange={(e) => setAccessKey(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            required
            aria-invalid={problem?.field === 'key' || undefined}
            aria-describedby={describedBy('key')}
          />
          <span className="field__hint">From whoever runs your team’s server. It starts with “ghm_team_”.</span>
        </label>
        <PersonNameField value={personName} onChange={setPersonName} invalid={problem?.field === 'name'} describedBy={describedBy('name')} />
        <FormProblemAndActions id="share-team-problem" problem={problem?.message ?? null} busy={busy} action="Share" busyAction="Sharing…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
