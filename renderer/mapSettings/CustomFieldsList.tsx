import { useMemo } from 'react';
import { customFieldsInUse, type CustomFieldType } from '../../shared/editing/customFieldsInUse';
import { useAppState } from '../app/controllerContext';

const HOLDS: Record<CustomFieldType, string> = { number: 'Numbers', text: 'Text', yesNo: 'Yes or no', mixed: 'Numbers and text' };

/** The custom fields the map's nodes and links carry, how many have each and what they hold. */
export function CustomFieldsList() {
  const doc = useAppState((s) => s.doc);
  const uses = useMemo(() => (doc ? customFieldsInUse(doc) : []), [doc]);
  return (
    <section aria-labelledby="custom-fields-heading">
      <h3 id="custom-fields-heading">Custom fields</h3>
      <p className="field__hint">
        Fields that came in with imported files (Kumu, Gephi or a spreadsheet) and have no place of their own here, or that were added in Details.
        They are kept, exported again, and the Lens can colour, size or filter the map by them.
      </p>
      {uses.length === 0 ? (
        <p className="settings-empty">No custom fields yet.</p>
      ) : (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">On</th>
              <th scope="col">How many have it</th>
              <th scope="col">Holds</th>
            </tr>
          </thead>
          <tbody>
            {uses.map((u) => (
              <tr key={`${u.on}:${u.name}`}>
                <td>{u.name}</td>
                <td>{u.on === 'node' ? 'Things on the map' : 'Links'}</td>
                <td>{u.count.toLocaleString('en-GB')}</td>
                <td>{HOLDS[u.type]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
