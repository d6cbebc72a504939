import { useId, useState } from 'react';
import { MILESTONE_LABELS, entriesInOrder, longDate, progressSentence, type MilestoneEdit, type MilestoneProgress } from '../../shared/goodHelp';
import type { Milestone } from '../../shared/model';
import { MilestoneChart } from './MilestoneChart';

/** One milestone: where it stands, its chart and figures, and how to add to them. */
export function MilestoneCard({
  progress,
  milestone,
  mapCount,
  today,
  onEdit,
}: {
  progress: MilestoneProgress;
  milestone: Milestone;
  mapCount: number;
  today: string;
  /** Returns a problem to show, or null. */
  onEdit: (edit: MilestoneEdit) => string | null;
}) {
  const labels = MILESTONE_LABELS[progress.id];
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [target, setTarget] = useState(String(milestone.target));
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId(), date: useId(), value: useId(), target: useId(), countFrom: useId() };
  const entries = entriesInOrder(milestone.entries).reverse();
  const add = () => {
    const n = Number(value);
    if (!value.trim() || !Number.isInteger(n) || n < 0) return setError('Enter a whole number, 0 or more.');
    const problem = onEdit({ type: 'addEntry', id: progress.id, date, value: n });
    setError(problem);
    if (!problem) setValue('');
  };
  return (
    <section className="milestone" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{labels.title}</h3>
      <p className="milestone__sentence">{progressSentence(progress)}</p>
      <div
        className="milestone__bar"
        role="progressbar"
        aria-label={`${labels.title}: progress`}
        aria-valuemin={0}
        aria-valuemax={progress.target}
        aria-valuenow={progress.current ?? 0}
      >
        <span style={{ width: `${Math.round(progress.share * 100)}%` }} />
      </div>
      <MilestoneChart progress={progress} title={labels.title} />
      <div className="milestone__settings">
        <span className="milestone__target">
          <label htmlFor={ids.target}>Target</label>
          <input
            id={ids.target}
            inputMode="numeric"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            onBlur={() => {
              const n = Number(target);
              const problem = Number.isInteger(n) && n >= 1 ? onEdit({ type: 'setTarget', id: progress.id, target: n }) : 'A target is a whole number, 1 or more.';
              setError(problem);
              if (problem) setTarget(String(milestone.target));
            }}
          />
        </span>
        <fieldset className="milestone__count-from">
          <legend>Count</legend>
          <label>
            <input type="radio" name={ids.countFrom} checked={milestone.countFrom === 'map'} onChange={() => onEdit({ type: 'setCountFrom', id: progress.id, countFrom: 'map' })} />
            From the map ({mapCount} now: {labels.fromMap})
          </label>
          <label>
            <input type="radio" name={ids.countFrom} checked={milestone.countFrom === 'hand'} onChange={() => onEdit({ type: 'setCountFrom', id: progress.id, countFrom: 'hand' })} />
            From figures entered by hand
          </label>
        </fieldset>
      </div>
      <details className="milestone__figures">
        <summary>Figures ({entries.length})</summary>
        {entries.length > 0 && (
          <table className="milestone__table">
            <caption className="visually-hidden">{labels.title}: figures by date</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Figure</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{longDate(e.date)}</td>
                  <td>{e.value}</td>
                  <td>{e.note}</td>
                  <td>
                    <button type="button" className="button button--quiet" aria-label={`Remove the figure of ${longDate(e.date)}`} onClick={() => onEdit({ type: 'removeEntry', id: progress.id, entryId: e.id })}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="milestone__add">
          <span>
            <label htmlFor={ids.date}>Date</label>
            <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </span>
          <span>
            <label htmlFor={ids.value}>Figure</label>
            <input id={ids.value} inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
          </span>
          <button type="button" className="button" onClick={add}>
            Add figure
          </button>
        </div>
      </details>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
