import { useEffect } from 'react';
import { useLayoutService, useLayoutState } from './useLayoutState';
import './layout.css';

/** While a layout runs: what it is doing, how far it has got, and Stop (or Escape). */
export function LayoutProgress() {
  const service = useLayoutService();
  const running = useLayoutState((s) => s.running);
  const active = running !== null;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      service.stop();
    };
    // Capture, so Escape stops the layout before anything else (e.g. the focus bar) sees it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, service]);
  if (!running) return null;
  const percent = Math.round(running.progress * 100);
  return (
    <div className="layout-progress" role="status">
      <span className="layout-progress__label">{running.label}…</span>
      <progress className="layout-progress__bar" max={100} value={percent} aria-label="Layout progress" />
      <span className="layout-progress__percent" aria-hidden="true">
        {percent}%
      </span>
      <button type="button" className="button" onClick={() => service.stop()} title="Keep the positions reached so far (Esc)">
        Stop
      </button>
    </div>
  );
}
