import './sharing.css';
import type { PersonHere } from '../../shared/sync/presence';
import type { SharingStatus } from '../../shared/sync/sharingStatus';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

/** The toolbar's word on where a shared map stands, and who is here in their colours. */
export function SharingStatusBadge({ status, people }: { status: SharingStatus; people: readonly PersonHere[] }) {
  return (
    <div className={`sharing-status sharing-status--${status.kind}`}>
      <span role="status" title={status.detail} aria-description={status.detail}>
        {status.text}
      </span>
      {status.kind !== 'offline' && people.length > 1 && (
        <ul className="sharing-status__people" aria-label="People here">
          {people.map((person) => (
            <li key={person.clientId} className="sharing-status__person" style={{ backgroundColor: person.colour }} title={person.isMe ? `${person.name} (you)` : person.name}>
              <span aria-hidden="true">{initials(person.name)}</span>
              <span className="visually-hidden">{person.isMe ? `${person.name} (you)` : person.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
