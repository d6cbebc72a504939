import { useAppState, useController } from '../app/controllerContext';
import { AddEntryForm } from './AddEntryForm';
import { InlineText } from './InlineText';
import { addEntry, editList, parseOptionalCount } from './mapListEditing';

const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The neighbourhoods, wards or townships coverage is counted in, with their need figures. */
export function AreasEditor() {
  const controller = useController();
  const areas = useAppState((s) => s.doc?.meta.areas) ?? [];
  return (
    <section aria-labelledby="areas-heading">
      <h3 id="areas-heading">Areas</h3>
      <p className="field__hint">
        The neighbourhoods, wards or townships you count coverage in. A deprivation decile (1 = most deprived tenth of
        England) and a population let the gap analysis weigh gaps by need.
      </p>
      {areas.length === 0 && <p className="settings-empty">No areas yet. Add the first one below.</p>}
      {areas.length > 0 && (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Deprivation decile</th>
              <th scope="col">Population</th>
              <th scope="col"><span className="visually-hidden">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id}>
                <td>
                  <InlineText label={`Name of ${area.name}`} value={area.name} onCommit={(name) => editList(controller, 'areas', { type: 'update', id: area.id, changes: { name } })} />
                </td>
                <td>
                  <select
                    aria-label={`Deprivation decile of ${area.name}`}
                    value={area.imdDecile ?? ''}
                    onChange={(e) =>
                      editList(controller, 'areas', { type: 'update', id: area.id, changes: { imdDecile: e.target.value ? Number(e.target.value) : undefined } })
                    }
                  >
                    <option value="">Not known</option>
                    {DECILES.map((d) => (
                      <option key={d} value={d}>
                        {d}
                        {d === 1 ? ' (most deprived)' : d === 10 ? ' (least deprived)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <InlineText
                    label={`Population of ${area.name}`}
                    value={area.population?.toLocaleString('en-GB') ?? ''}
                    inputMode="numeric"
                    width="9em"
                    onCommit={(text) => {
                      const population = parseOptionalCount(text);
                      if (population === 'invalid') return 'Use a whole number, like 12,400';
                      return editList(controller, 'areas', { type: 'update', id: area.id, changes: { population } });
                    }}
                  />
                </td>
                <td>
                  <button type="button" className="button button--quiet" aria-label={`Remove ${area.name}`} onClick={() => editList(controller, 'areas', { type: 'remove', id: area.id })}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddEntryForm noun="area" onAdd={(name) => addEntry(controller, 'areas', name)} />
    </section>
  );
}
