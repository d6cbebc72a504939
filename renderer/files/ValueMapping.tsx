import type { TablePlan } from '../../shared/importers/columnMapping';
import { otherColumns } from '../../shared/importers/otherColumns';
import { matchKind, matchLinkType } from '../../shared/importers/vocabularyMatch';
import { KindSelect } from './KindSelect';
import { LINK_TYPES, LINK_TYPE_LABELS, type LinkType, type NodeKind } from '../../shared/model';

/** More distinct values than this is not a type column: the list would not help. */
const MAX_VALUES = 40;

/** The distinct values of one column, most common first, with how many rows have each. */
function valuesOf(plan: TablePlan, column: number | undefined): [string, number][] {
  if (column === undefined) return [];
  const counts = new Map<string, number>();
  for (const row of plan.table.rows) {
    const value = row[column] ?? '';
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'));
}

/**
 * For each value of the kind (or link type) column — Kumu's "Food bank", Gephi's "Category",
 * a "+" on a connection — which of our kinds (or link types) it becomes. The first guess comes
 * from the words; the user corrects it here and the preview counts change with it.
 */
export function ValueMapping({ plan, onChange }: { plan: TablePlan; onChange: (change: Partial<TablePlan>) => void }) {
  const elements = plan.role === 'elements';
  const values = valuesOf(plan, elements ? plan.elements.kind : plan.connections.type);
  if (values.length === 0 || values.length > MAX_VALUES) return null;
  const title = elements ? 'What each type becomes' : 'What each kind of link becomes';
  return (
    <fieldset className="import-values">
      <legend>{title}</legend>
      <div className="import-values__grid">
        {values.map(([value, count]) => {
          const label = `${value} (${count.toLocaleString('en-GB')} ${count === 1 ? 'row' : 'rows'})`;
          if (elements) {
            const chosen: NodeKind = plan.kindValues?.[value] ?? matchKind(value) ?? plan.defaultKind;
            return (
              <KindSelect key={value} label={label} value={chosen} onChange={(kind) => onChange({ kindValues: { ...plan.kindValues, [value]: kind } })} />
            );
          }
          const chosen: LinkType | '' = plan.typeValues?.[value] ?? matchLinkType(value) ?? '';
          return (
            <label key={value} className="field">
              <span className="field__label">{label}</span>
              <select
                value={chosen}
                onChange={(e) => {
                  const next = { ...plan.typeValues };
                  if (e.target.value) next[value] = e.target.value as LinkType;
                  else delete next[value];
                  onChange({ typeValues: next });
                }}
              >
                <option value="">Guess from what it joins</option>
                {LINK_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {LINK_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {!elements && <p className="field__hint">A kind that is not one of ours (such as + or −) is also kept, as written, in the custom field “Connection type”.</p>}
    </fieldset>
  );
}

/** The columns none of our fields take, and whether they come in as custom fields. */
export function OtherColumns({ plan, onChange }: { plan: TablePlan; onChange: (change: Partial<TablePlan>) => void }) {
  const others = otherColumns({ ...plan, keepOtherColumns: true });
  if (others.length === 0) return null;
  const keep = plan.keepOtherColumns !== false;
  const names = others.map((c) => c.name);
  return (
    <div className="import-others">
      <label className="check">
        <input type="checkbox" checked={keep} onChange={(e) => onChange({ keepOtherColumns: e.target.checked })} />
        Keep the other {others.length === 1 ? 'column' : `${others.length} columns`} as custom fields
      </label>
      <p className="field__hint">
        {names.slice(0, 12).join(', ')}
        {names.length > 12 ? ` and ${names.length - 12} more` : ''}. {keep ? 'They show in Details, travel in exports and can colour the map.' : 'They will be left out.'}
      </p>
    </div>
  );
}
