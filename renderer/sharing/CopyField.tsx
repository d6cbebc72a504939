import { useId, useState } from 'react';

/** A read-only invite with a Copy button that says when it has copied. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <div className="field copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input id={id} type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
        <button
          type="button"
          className="button"
          aria-label={`Copy the ${label.toLowerCase()}`}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied('yes');
            } catch {
              setCopied('failed');
            }
          }}
        >
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <span className="field__hint" role="status">
        {copied === 'failed' ? 'Could not copy: select the invite and copy it with Ctrl+C (⌘C on a Mac).' : hint}
      </span>
    </div>
  );
}
