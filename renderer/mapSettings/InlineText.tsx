import { useEffect, useId, useRef, useState } from 'react';

/**
 * A compact text box for one entry of a list. Like the details panel's fields it keeps an
 * invalid draft with its message while focused and puts the stored value back on leaving.
 */
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
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);
  return (
    <span className="inline-text" style={width ? { width } : undefined}>
      <input
        aria-label={label}
        value={draft}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          if (error) {
            setDraft(value);
            setError(null);
          }
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(onCommit(e.target.value));
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
