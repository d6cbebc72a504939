import './layout.css';

/** Shown on a pinned node: layouts leave it where the user put it. */
export function PinMarker() {
  return (
    <span className="pin-marker" title="Pinned: layouts leave this node where it is" role="img" aria-label="Pinned">
      <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M14.5 2.5 21.5 9.5 19 10.5 15.5 14 15 19 12.5 21.5 8.5 17.5 3.5 22.5 2 21 7 16 2.5 11.5 5 9 10 8.5 13.5 5z" fill="currentColor" />
      </svg>
    </span>
  );
}
