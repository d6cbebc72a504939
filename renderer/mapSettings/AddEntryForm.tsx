import { useState, type FormEvent } from 'react';

/** "Add an area" and friends: a name box and a button; Enter adds too. */
export function AddEntryForm({ noun, onAdd }: { noun: string; onAdd: (name: string) => string | null }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onAdd(name);
    setError(problem);
    if (!problem) setName('');
  };
  return (
    <form className="add-entry" onSubmit={submit}>
      <input aria-label={`New ${noun} name`} placeholder={`New ${noun}…`} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      <button type="submit" className="button">
        Add {noun}
      </button>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
