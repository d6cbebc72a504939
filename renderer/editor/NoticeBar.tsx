import { useEffect } from 'react';
import { useAppState, useController } from '../app/controllerContext';

/** Short messages (what was undone, why an edit was refused); errors stay until dismissed. */
export function NoticeBar() {
  const controller = useController();
  const notice = useAppState((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'error' || notice.action) return;
    const timer = setTimeout(() => controller.dismissNotice(notice.id), 4000);
    return () => clearTimeout(timer);
  }, [controller, notice]);
  if (!notice) return <div className="notice-bar" role="status" aria-live="polite" />;
  return (
    <div className={`notice-bar notice-bar--${notice.tone} is-visible`} role={notice.tone === 'error' ? 'alert' : 'status'} aria-live="polite">
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
      <button type="button" className="button button--quiet" aria-label="Dismiss message" onClick={() => controller.dismissNotice(notice.id)}>
        ✕
      </button>
    </div>
  );
}
