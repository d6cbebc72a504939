import { useState } from 'react';
import { DAYS, type OpeningSession } from '../../shared/model';

/**
 * A space's weekly opening sessions. Each row edits a copy; the whole list is committed and
 * validated together, so an end before a start is caught and explained, not saved.
 */
export function SessionsEditor({
  sessions,
  onChange,
}: {
  sessions: readonly OpeningSession[];
  onChange: (sessions: OpeningSession[]) => string | null;
}) {
  const [error, setError] = useState<string | null>(null);
  const update = (next: OpeningSession[]) => setError(onChange(next));
  return (
    <fieldset className="field sessions">
      <legend className="field__label">Opening sessions</legend>
      {sessions.length === 0 && <p className="field__hint">No opening times yet.</p>}
      {sessions.map((s, i) => {
        const name = `${DAYS[s.day]} ${s.start}–${s.end}`;
        const set = (change: Partial<OpeningSession>) => update(sessions.map((x, j) => (j === i ? { ...x, ...change } : x)));
        return (
          <div key={i} className="sessions__row" role="group" aria-label={`Session ${i + 1}: ${name}`}>
            <div className="sessions__line">
              <select aria-label={`Day of session ${i + 1}`} value={s.day} onChange={(e) => set({ day: Number(e.target.value) })}>
                {DAYS.map((d, index) => (
                  <option key={d} value={index}>
                    {d}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--quiet" aria-label={`Remove ${name} session`} onClick={() => update(sessions.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
            <div className="sessions__line">
              <input type="time" aria-label={`Start of session ${i + 1}`} value={s.start} onChange={(e) => e.target.value && set({ start: e.target.value })} />
              <span aria-hidden="true">to</span>
              <input type="time" aria-label={`End of session ${i + 1}`} value={s.end} onChange={(e) => e.target.value && set({ end: e.target.value })} />
            </div>
          </div>
        );
      })}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          const last = sessions[sessions.length - 1];
          update([...sessions, last ? { ...last, day: (last.day + 1) % 7 } : { day: 0, start: '09:00', end: '12:00' }]);
        }}
      >
        Add session
      </button>
    </fieldset>
  );
}
