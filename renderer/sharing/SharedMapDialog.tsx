import './sharing.css';
import type { PersonHere } from '../../shared/sync/presence';
import { Dialog } from '../components/Dialog';
import { CopyField } from './CopyField';
import { InvitesDone } from './SharingFormParts';

/**
 * File ▸ Share with your team… on a map that is already shared: its invites (those this
 * computer has) and who is on it now, instead of the form that would share it again.
 */
export function SharedMapDialog({
  mapName,
  serverLabel,
  statusText,
  invites,
  people,
  onClose,
}: {
  mapName: string;
  serverLabel: string;
  statusText: string;
  invites: { edit: string | null; view: string | null };
  people: readonly PersonHere[];
  onClose: () => void;
}) {
  const others = people.filter((p) => !p.isMe);
  return (
    <Dialog title="Shared with your team" onClose={onClose}>
      <p>
        “{mapName}” is already shared on <strong>{serverLabel}</strong> ({statusText}). Send an invite to each colleague; they paste it into <strong>Join a shared map…</strong>.
      </p>
      {invites.edit && <CopyField label="Invite to edit" value={invites.edit} hint="Lets them change the map." />}
      {invites.view && <CopyField label="Invite to view" value={invites.view} hint="Lets them watch it change, but not change it." />}
      {!invites.edit && <p className="field__hint">This computer joined with an invite to view, so it has no invite to edit: ask whoever shared the map.</p>}
      {invites.edit && !invites.view && <p className="field__hint">This computer has only the invite to edit: whoever shared the map has the invite to view.</p>}
      <section aria-labelledby="shared-people">
        <h3 id="shared-people">On the map now</h3>
        <ul className="shared-people">
          {people
            .filter((p) => p.isMe)
            .concat(others)
            .map((p) => (
              <li key={p.clientId}>
                <span className="shared-people__colour" style={{ background: p.colour }} aria-hidden="true" />
                {p.name}
                {p.isMe ? ' (you)' : ''}
              </li>
            ))}
          {people.length === 0 && <li className="muted">Only you</li>}
        </ul>
        {others.length === 0 && <p className="field__hint">Nobody else has it open just now. Everyone with an invite can open it at any time.</p>}
      </section>
      <InvitesDone onClose={onClose} />
    </Dialog>
  );
}
