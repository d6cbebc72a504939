import type { PlanChanges } from '../../shared/importers/importChanges';

const SHOWN = 12;

/** What a re-import changes in things already on the map, by name and field, before the user says go. */
export function ImportChanges({ changes }: { changes: PlanChanges }) {
  if (changes.updated.length === 0) return null;
  return (
    <details className="import-changes">
      <summary>What changes in what is already on the map ({changes.updated.length.toLocaleString('en-GB')})</summary>
      <ul>
        {changes.updated.slice(0, SHOWN).map((u) => (
          <li key={u.name}>
            {u.name}
            {u.fields.length > 0 && <span className="muted"> — {u.fields.join(', ')}</span>}
          </li>
        ))}
        {changes.updated.length > SHOWN && <li>…and {(changes.updated.length - SHOWN).toLocaleString('en-GB')} more.</li>}
      </ul>
    </details>
  );
}
