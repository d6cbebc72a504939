import { useId, useState, type FormEvent } from 'react';
import { customFieldNameSchema, customFieldsOf, customValueText, parseCustomValue, type CustomFields } from '../../shared/model';
import { TextField } from './fields/TextField';

type Commit = (field: string, value: unknown) => string | null;

/**
 * A node's or link's custom fields — what came in from Kumu, Gephi or a spreadsheet that we
 * have no field of our own for — each editable and removable, and a form to add one. Every
 * change is one `customFields` edit, so it undoes like any other field.
 */
export function CustomFieldsEditor({ record, commit }: { record: { readonly customFields?: CustomFields | undefined }; commit: Commit }) {
  const fields = customFieldsOf(record);
  const names = Object.keys(fields);
  const headingId = useId();
  const set = (next: CustomFields) => commit('customFields', next);
  return (
    <section className="custom-fields" aria-labelledby={headingId}>
      <h3 id={headingId} className="custom-fields__title">
        Custom fields
      </h3>
      {names.length === 0 && <p className="field__hint">None yet. Fields from imported files that Good Help Map has no place for are kept here.</p>}
      {names.map((name) => (
        <div key={name} className="custom-fields__row">
          <TextField label={name} value={customValueText(fields[name])} onCommit={(text) => set({ ...fields, [name]: parseCustomValue(text) })} />
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove the field “${name}”`}
            onClick={() => set(Object.fromEntries(Object.entries(fields).filter(([n]) => n !== name)))}
          >
            Remove
          </button>
        </div>
      ))}
      <AddCustomField names={names} onAdd={(name, value) => set({ ...fields, [name]: parseCustomValue(value) })} />
    </section>
  );
}

function AddCustomField({ names, onAdd }: { names: readonly string[]; onAdd: (name: string, value: string) => string | null }) {
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = customFieldNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]!.message);
    if (names.some((n) => n.toLowerCase() === parsed.data.toLowerCase())) return setError(`There is already a field called “${parsed.data}”.`);
    const problem = onAdd(parsed.data, value);
    setError(problem);
    if (!problem) {
      setName('');
      setValue('');
    }
  };
  return (
    <form className="custom-fields__add" onSubmit={submit}>
      <input aria-label="New field name" placeholder="New field…" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      <input aria-label="New field value" placeholder="Value" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button">
        Add field
      </button>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
