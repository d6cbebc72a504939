import { useEffect, useState } from 'react';
import { formatTimeLeft, timeLeftAt } from '../../shared/workshop/timer';

/**
 * The time left on an agenda item, large and plain. Past zero it says how far over, in a calm
 * amber: the room should notice, not be startled.
 */
export function AgendaClock({ title, minutes, elapsedMs, startedAt }: { title: string; minutes: number; elapsedMs: number; startedAt: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (startedAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [startedAt, elapsedMs]);
  const left = timeLeftAt({ items: [{ id: 'item', title, minutes }], current: 0, startedAt, elapsedMs }, now);
  const { text, overtime } = formatTimeLeft(left);
  const paused = startedAt === null;
  return (
    <div className={`agenda-clock${overtime ? ' is-overtime' : ''}${paused ? ' is-paused' : ''}`}>
      <span className="agenda-clock__title">{title}</span>
      <span className="agenda-clock__time" role="timer" aria-label={`${title}: ${overtime ? `${text} time` : `${text} left`}${paused ? ', paused' : ''}`}>
        {text}
      </span>
      {paused && <span className="agenda-clock__state">{elapsedMs > 0 ? 'Paused' : `${minutes} min`}</span>}
    </div>
  );
}
