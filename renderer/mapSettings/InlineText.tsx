import { useId } from 'react';
import { useDraftValue } from '../details/fields/useDraftValue';

/** A compact text box for one entry of a list, with the details panel's draft behaviour. */
export function InlineText({
  label,
  value,
  onCommit,
  inputMode,
  width,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => string | null;
  inputMode?: 'numeric';
  width?: string;
}) {
  const id = useId();
  const { draft, error, onFocus, onBlur, onChange } = useDraftValue(value, onCommit);
  return (
    <span className="inline-text" style={width ? { width } : undefined}>
      <input
        aria-label={label}
        value={draft}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={onChange}
      />
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
