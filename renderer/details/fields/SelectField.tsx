import { useId } from 'react';

/** A select whose empty option means "not set" (null). */
export function SelectField<T extends string | number>({
  label,
  value,
  options,
  onChange,
  emptyLabel = 'Not set',
}: {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | null) => void;
  emptyLabel?: string | null;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const match = options.find((o) => String(o.value) === e.target.value);
          onChange(match ? match.value : null);
        }}
      >
        {emptyLabel !== null && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
