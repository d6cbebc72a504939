import { useEffect, useRef, useState } from 'react';

/**
 * The draft behind a text box that edits a stored value: while focused it keeps what the user
 * typed (so an invalid value can be shown with its message and corrected); otherwise it
 * follows the stored value (undo, redo, edits elsewhere). Leaving an invalid draft puts the
 * stored value back, with nothing changed.
 */
export function useDraftValue(value: string, onCommit: (text: string) => string | null) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);
  return {
    draft,
    error,
    onFocus: () => void (focused.current = true),
    onBlur: () => {
      focused.current = false;
      if (error) {
        setDraft(value);
        setError(null);
      }
    },
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setError(onCommit(e.target.value));
    },
  };
}
