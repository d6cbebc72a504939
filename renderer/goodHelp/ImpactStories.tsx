import './goodHelp.css';
import { useId, useState } from 'react';
import { longDate } from '../../shared/goodHelp';
import { newId, type ProjectNode } from '../../shared/model';
import { todayIso } from '../details/lastCheckedText';

type Commit = (field: string, value: unknown) => string | null;

/** Impact as the seeds define it: what community members say about the difference it makes. */
export function ImpactStories({ node, commit }: { node: ProjectNode; commit: Commit }) {
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const ids = { text: useId(), source: useId(), date: useId() };
  const add = () => {
    const problem = commit('impactStories', [...node.impactStories, { id: newId(), text, source, date: date || null }]);
    setError(problem);
    if (!problem) {
      setText('');
      setSource('');
    }
  };
  return (
    <fieldset className="field impact-stories">
      <legend className="field__label">Impact: stories from the community</legend>
      {node.impactStories.length === 0 ? (
        <p className="field__hint">No stories yet. What do people say about the difference it makes?</p>
      ) : (
        <ul className="impact-stories__list">
          {node.impactStories.map((s) => (
            <li key={s.id}>
              <q>{s.text}</q>
              <span className="field__hint">
                {[s.source, s.date ? longDate(s.date) : ''].filter(Boolean).join(', ')}
              </span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove the story “${s.text.slice(0, 40)}”`}
                onClick={() => commit('impactStories', node.impactStories.filter((x) => x.id !== s.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="impact-stories__add">
        <label className="field__label" htmlFor={ids.text}>
          A new story
        </label>
        <textarea id={ids.text} rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="What did they say about the difference it makes?" />
        <div className="impact-stories__meta">
          <span>
            <label className="field__label" htmlFor={ids.source}>
              Told by (optional)
            </label>
            <input id={ids.source} value={source} onChange={(e) => setSource(e.target.value)} placeholder="e.g. a parent at the food club" />
          </span>
          <span>
            <label className="field__label" htmlFor={ids.date}>
              Date
            </label>
            <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </span>
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="button" onClick={add} disabled={!text.trim()}>
          Add story
        </button>
      </div>
    </fieldset>
  );
}
