import { useEffect, useId, useRef, useState } from 'react';

/**
 * A text field that edits a stored value. It keeps its own draft while focused (so an invalid
 * value can be shown and corrected) and follows the stored value otherwise (undo, redo).
 */
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
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);

  const props = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    placeholder,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      if (error) {
        // Leaving an invalid field puts the stored value back, with nothing changed.
        setDraft(value);
        setError(null);
      }
    },
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setError(onCommit(e.target.value));
    },
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={4} {...props} /> : <input type={type} list={list} inputMode={inputMode} {...props} />}
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
