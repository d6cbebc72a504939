import { useEffect, useLayoutEffect, useState } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { COVERS_CHANGED } from './useFocusUncovered';

/** How long a message stays: long enough to read, and to reach its Undo (which Ctrl+Z also does). */
const PLAIN_MS = 4000;
const WITH_ACTION_MS = 7000;

/**
 * Short messages (what was undone, why an edit was refused). Every message but an error leaves
 * by itself, waiting while the pointer or the keyboard is on it; errors stay until dismissed.
 * None blocks the map beneath: only its buttons take clicks (see .notice-bar in editor.css).
 */
export function NoticeBar() {
  const controller = useController();
  const notice = useAppState((s) => s.notice);
  const [held, setHeld] = useState(false);
  // A new message starts its own time, whatever the pointer did over the last one.
  const id = notice?.id;
  useEffect(() => setHeld(false), [id]);
  // A message that comes over the focused node moves the map, not the focus (WCAG 2.4.11).
  useLayoutEffect(() => {
    if (id !== undefined) document.dispatchEvent(new Event(COVERS_CHANGED));
  }, [id]);
  useEffect(() => {
    if (!notice || notice.tone === 'error' || held) return;
    const timer = setTimeout(() => controller.dismissNotice(notice.id), notice.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => clearTimeout(timer);
  }, [controller, notice, held]);
  if (!notice) return <div className="notice-bar" role="status" aria-live="polite" />;
  return (
    <div
      className={`notice-bar notice-bar--${notice.tone} is-visible`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="button"
          onClick={() => {
            notice.action?.run();
            controller.dismissNotice(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="button button--quiet" aria-label="Dismiss message" title="Dismiss message" onClick={() => controller.dismissNotice(notice.id)}>
        ✕
      </button>
    </div>
  );
}
