import { useId, type RefObject } from 'react';
import { useDraftValue } from './useDraftValue';

/** A labelled text field that edits a stored value (see useDraftValue for how drafts behave). */
export function TextField({
  label,
  value,
  onCommit,
  multiline = false,
  type = 'text',
  hint,
  placeholder,
  list,
  inputMode,
  inputRef,
}: {
  label: string;
  value: string;
  /** Applies the text; returns an error message, or null when accepted. */
  onCommit: (text: string) => string | null;
  multiline?: boolean;
  type?: 'text' | 'url' | 'email' | 'date';
  hint?: string;
  placeholder?: string;
  list?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** For a one-line field that may be asked to take the focus (the name of a new node). */
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const { draft, error, onFocus, onBlur, onChange } = useDraftValue(value, onCommit);
  const props = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    placeholder,
    onFocus,
    onBlur,
    onChange,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={4} {...props} /> : <input ref={inputRef} type={type} list={list} inputMode={inputMode} {...props} />}
      {hint && !error && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
