import { useEffect, useState } from 'react';
import { useAppState, useController } from '../app/controllerContext';

/** The open map's name, renamed in place; an empty name is refused and the old one comes back. */
export function MapNameField() {
  const controller = useController();
  const name = useAppState((s) => s.doc?.meta.name ?? '');
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = () => {
    const trimmed = draft.trim();
    if (!trimmed) setDraft(name);
    else if (trimmed !== name) controller.dispatch({ type: 'updateMeta', args: { changes: { name: trimmed } } });
  };
  return (
    <input
      className="toolbar__map-name"
      aria-label="Map name"
      value={draft}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(name);
          e.currentTarget.blur();
        }
      }}
    />
  );
}
