import type { MapListEdit, MapListName } from '../../shared/editing';
import { useAppState, useController } from '../app/controllerContext';
import { AddEntryForm } from './AddEntryForm';
import { InlineText } from './InlineText';
import { addEntry, editList } from './mapListEditing';

type LabelList = Exclude<MapListName, 'areas'>;
type ListEntry = { id: string; label: string; core?: boolean; essential?: boolean; derived?: keyof typeof DERIVED_NOTE };

interface Flag {
  readonly field: 'core' | 'essential';
  readonly label: string;
}

const DERIVED_NOTE = {
  onwardRoute: 'Worked out from links to organisations',
  outOfHours: 'Worked out from opening sessions',
} as const;

/**
 * Audiences, help topics and criteria: a label each, and for topics and criteria a flag
 * (core topic; essential criterion) that changes what the gap analysis asks of a space.
 */
export function LabelListEditor({ list, heading, noun, hint, flag }: { list: LabelList; heading: string; noun: string; hint: string; flag?: Flag }) {
  const controller = useController();
  const entries: readonly ListEntry[] = useAppState((s) => s.doc?.meta[list]) ?? [];
  const headingId = `${list}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <p className="field__hint">{hint}</p>
      <ul className="settings-list">
        {entries.map((entry) => {
          const derived = entry.derived;
          const flagged = flag ? entry[flag.field] === true : false;
          return (
            <li key={entry.id} className="settings-list__row">
              <InlineText label={`Name of ${entry.label}`} value={entry.label} onCommit={(label) => editList(controller, list, { type: 'update', id: entry.id, changes: { label } } as MapListEdit<LabelList>)} />
              {flag && (
                <label className="check settings-list__flag">
                  <input
                    type="checkbox"
                    aria-label={`${flag.label}: ${entry.label}`}
                    checked={flagged}
                    onChange={(e) => editList(controller, list, { type: 'update', id: entry.id, changes: { [flag.field]: e.target.checked } } as MapListEdit<LabelList>)}
                  />
                  <span aria-hidden="true">{flag.label}</span>
                </label>
              )}
              {derived && <span className="settings-list__note">{DERIVED_NOTE[derived]}</span>}
              <button type="button" className="button button--quiet" aria-label={`Remove ${entry.label}`} onClick={() => editList(controller, list, { type: 'remove', id: entry.id })}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <AddEntryForm noun={noun} onAdd={(name) => addEntry(controller, list, name)} />
    </section>
  );
}
