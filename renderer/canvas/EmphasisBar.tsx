import { useEffect } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { clearEmphasis } from '../state/emphasis';

/** Says what part of the map is brought forward, and gives the way back to all of it. */
export function EmphasisBar() {
  const controller = useController();
  const label = useAppState((s) => s.emphasis?.label);
  const count = useAppState((s) => s.emphasis?.nodeIds.size ?? 0);
  useEffect(() => {
    if (!label) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog, input, textarea, select')) return;
      clearEmphasis(controller);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller, label]);
  if (!label) return null;
  return (
    <div className="emphasis-bar" role="status">
      <span className="emphasis-bar__text">
        <strong>Showing:</strong> {label} <span className="emphasis-bar__count">({count} on the map)</span>
      </span>
      <button type="button" className="button" onClick={() => clearEmphasis(controller)}>
        Show everything
      </button>
    </div>
  );
}
