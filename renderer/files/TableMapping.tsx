import {
  CONNECTION_FIELDS,
  ELEMENT_FIELDS,
  FIELD_LABELS,
  type ConnectionField,
  type ElementField,
  type TablePlan,
  type TableRole,
} from '../../shared/importers/columnMapping';
import { tableName } from '../../shared/importers/table';
import { KindSelect } from './KindSelect';
import { OtherColumns, ValueMapping } from './ValueMapping';

const ROLE_LABELS: Record<TableRole, string> = {
  elements: 'Things on the map (people, organisations, spaces, projects)',
  connections: 'Links between them',
  ignore: 'Leave this out',
};
const PREVIEW_ROWS = 3;
/** The columns most sheets need; the rest sit under "More columns". */
const MAIN_FIELDS: readonly string[] = ['name', 'kind', 'area', 'description', 'from', 'to', 'type'];

/** One table of an import: what it holds, which column is which, and its first few rows. */
export function TableMapping({ plan, onChange }: { plan: TablePlan; onChange: (change: Partial<TablePlan>) => void }) {
  const name = tableName(plan.table);
  const fields: readonly (ElementField | ConnectionField)[] = plan.role === 'connections' ? CONNECTION_FIELDS : plan.role === 'elements' ? ELEMENT_FIELDS : [];
  const mapping: Partial<Record<string, number>> = plan.role === 'connections' ? plan.connections : plan.elements;
  const setColumn = (field: string, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(plan.role === 'connections' ? { connections: next } : { elements: next });
  };
  const columnChoice = (field: ElementField | ConnectionField) => (
    <label key={field} className="field">
      <span className="field__label">{FIELD_LABELS[field]}</span>
      <select value={mapping[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)}>
        <option value="">(not in this sheet)</option>
        {plan.table.headers.map((header, i) => (
          <option key={i} value={i}>
            {header || `Column ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="import-table" aria-label={name}>
      <h3>{name}</h3>
      <p className="muted">
        {plan.table.rows.length.toLocaleString('en-GB')} {plan.table.rows.length === 1 ? 'row' : 'rows'}
        {plan.table.encoding && ` · read as ${plan.table.encoding}`}
      </p>
      {plan.table.notes && plan.table.notes.length > 0 && (
        <ul className="import-table__notes" aria-label={`Things to check in ${name}`}>
          {plan.table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">This holds</span>
        <select value={plan.role} onChange={(e) => onChange({ role: e.target.value as TableRole })}>
          {(Object.keys(ROLE_LABELS) as TableRole[]).map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </label>
      {plan.table.rows.length > 0 && (
        <div className="import-table__preview">
          <table>
            <caption className="visually-hidden">First rows of {name}</caption>
            <thead>
              <tr>
                {plan.table.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h || `Column ${i + 1}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
                <tr key={r}>
                  {plan.table.headers.map((_, c) => (
                    <td key={c}>{(row[c] ?? '').slice(0, 60)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.role !== 'ignore' && (
        <>
          <div className="import-table__columns">
            {fields.filter((f) => MAIN_FIELDS.includes(f)).map(columnChoice)}
            {plan.role === 'elements' && (
              <KindSelect label="When the kind is empty or not recognised" value={plan.defaultKind} onChange={(defaultKind) => onChange({ defaultKind })} />
            )}
          </div>
          <ValueMapping plan={plan} onChange={onChange} />
          <OtherColumns plan={plan} onChange={onChange} />
          <details className="import-table__more">
            <summary>
              More columns ({fields.filter((f) => !MAIN_FIELDS.includes(f) && mapping[f] !== undefined).length} matched)
            </summary>
            <div className="import-table__columns">{fields.filter((f) => !MAIN_FIELDS.includes(f)).map(columnChoice)}</div>
          </details>
        </>
      )}
    </section>
  );
}
