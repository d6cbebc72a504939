import { useId, useState, type ReactNode } from 'react';

interface SessionPanelFrameProps {
  /** The panel's class beside `session-panel` (voting-panel, compare-panel). */
  readonly className: string;
  /** The region's accessible name, also what the fold button says it folds. */
  readonly label: string;
  readonly title: ReactNode;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A session panel docked in the side column beside the map (SideColumn.tsx): never over the
 * map, so Fit map can use the whole pane. It folds to its header, a slim strip, to give the
 * Details panel below it the room back; folded, its body is hidden from Tab and from screen
 * readers alike.
 */
export function SessionPanelFrame({ className, label, title, closeLabel, onClose, children }: SessionPanelFrameProps) {
  const [folded, setFolded] = useState(false);
  const bodyId = useId();
  return (
    <aside className={`session-panel ${className}${folded ? ' is-folded' : ''}`} role="region" aria-label={label}>
      <header className="session-panel__header">
        <button
          type="button"
          className="button button--quiet session-panel__fold"
          aria-expanded={!folded}
          aria-controls={bodyId}
          aria-label={folded ? `Unfold ${label.toLowerCase()}` : `Fold ${label.toLowerCase()}`}
          onClick={() => setFolded(!folded)}
        >
          <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
        </button>
        <h2>{title}</h2>
        <button type="button" className="button button--quiet" aria-label={closeLabel} onClick={onClose}>
          ✕
        </button>
      </header>
      <div className="session-panel__body" id={bodyId} hidden={folded}>
        {children}
      </div>
    </aside>
  );
}
