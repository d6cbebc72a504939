import { useId, useState } from 'react';
import { CHARACTERISTIC_PROMPTS, LEVEL_DESCRIPTIONS } from '../../shared/goodHelp';
import {
  CHARACTERISTICS,
  CHARACTERISTIC_LABELS,
  REFLECTION_LEVELS,
  REFLECTION_LEVEL_LABELS,
  type Characteristic,
  type ReflectionLevels,
} from '../../shared/model';
import { Dialog } from '../components/Dialog';
import type { ReflectionFormValues } from './reflectionActions';
import './goodHelp.css';

/**
 * The reflection form: seven rows of four choices, a note, and who and when. Starts from the
 * current levels, so a team changes only what has moved — a minute's work.
 */
export function ReflectionDialog({
  nodeName,
  initialLevels,
  initialBy,
  today,
  onSave,
  onClose,
}: {
  nodeName: string;
  initialLevels: ReflectionLevels;
  initialBy: string;
  today: string;
  /** Returns a problem to show, or null once saved. */
  onSave: (values: ReflectionFormValues) => string | null;
  onClose: () => void;
}) {
  const [levels, setLevels] = useState<ReflectionLevels>(initialLevels);
  const [notes, setNotes] = useState<Partial<Record<Characteristic, string>>>({});
  const [openNotes, setOpenNotes] = useState<ReadonlySet<Characteristic>>(new Set());
  const [story, setStory] = useState('');
  const [by, setBy] = useState(initialBy);
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const ids = { story: useId(), by: useId(), date: useId(), error: useId() };
  const save = () => setError(onSave({ levels, notes, story, by, date }));
  return (
    <Dialog title={`Reflect on Good Help: ${nodeName}`} onClose={onClose} wide>
      <form
        className="reflection-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <p className="field__hint reflection-form__intro">How true does each characteristic feel here today? There are no wrong answers — this is a conversation starter, not a score.</p>
        <table className="reflection-grid">
          <thead>
            <tr>
              <th scope="col">Characteristic</th>
              {REFLECTION_LEVELS.map((level) => (
                <th key={level} scope="col" title={LEVEL_DESCRIPTIONS[level]}>
                  {REFLECTION_LEVEL_LABELS[level]}
                  <span className="reflection-grid__desc">{LEVEL_DESCRIPTIONS[level]}</span>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Note</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {CHARACTERISTICS.map((c) => (
              <CharacteristicRow
                key={c}
                characteristic={c}
                level={levels[c]}
                onLevel={(level) => setLevels({ ...levels, [c]: level })}
                noteOpen={openNotes.has(c)}
                onOpenNote={() => setOpenNotes(new Set([...openNotes, c]))}
                note={notes[c] ?? ''}
                onNote={(text) => setNotes({ ...notes, [c]: text })}
              />
            ))}
          </tbody>
        </table>
        <div className="reflection-form__footer">
          <div className="field reflection-form__story">
            <label className="field__label" htmlFor={ids.story}>
              Evidence or a story (optional)
            </label>
            <textarea id={ids.story} rows={3} value={story} onChange={(e) => setStory(e.target.value)} placeholder="What happened that shows this? A sentence is plenty." />
          </div>
          <div className="reflection-form__who">
            <div className="field">
              <label className="field__label" htmlFor={ids.by}>
                Who reflected
              </label>
              <input id={ids.by} value={by} onChange={(e) => setBy(e.target.value)} placeholder="A name, role or team" />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={ids.date}>
                Date
              </label>
              <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
          </div>
        </div>
        {error && (
          <p id={ids.error} className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save reflection
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CharacteristicRow({
  characteristic: c,
  level,
  onLevel,
  noteOpen,
  onOpenNote,
  note,
  onNote,
}: {
  characteristic: Characteristic;
  level: number | undefined;
  onLevel: (level: 1 | 2 | 3 | 4) => void;
  noteOpen: boolean;
  onOpenNote: () => void;
  note: string;
  onNote: (text: string) => void;
}) {
  const name = `reflection-${c}`;
  const label = CHARACTERISTIC_LABELS[c];
  const promptId = useId();
  return (
    <>
      <tr>
        <th scope="row">
          {label}
          <span id={promptId} className="reflection-grid__desc">
            {CHARACTERISTIC_PROMPTS[c]}
          </span>
        </th>
        {REFLECTION_LEVELS.map((l) => (
          <td key={l}>
            <label className="reflection-grid__choice">
              <input type="radio" name={name} checked={level === l} onChange={() => onLevel(l)} aria-label={`${label}: ${REFLECTION_LEVEL_LABELS[l]}`} aria-describedby={promptId} />
            </label>
          </td>
        ))}
        <td>
          {!noteOpen && (
            <button type="button" className="button button--quiet reflection-grid__note-button" onClick={onOpenNote} aria-label={`Add a note on ${label.toLowerCase()}`}>
              + Note
            </button>
          )}
        </td>
      </tr>
      {noteOpen && (
        <tr className="reflection-grid__note-row">
          <td colSpan={6}>
            <input
              className="reflection-grid__note"
              value={note}
              autoFocus
              onChange={(e) => onNote(e.target.value)}
              aria-label={`Note on ${label.toLowerCase()}`}
              placeholder={`Evidence or a story about ${label.toLowerCase()}`}
            />
          </td>
        </tr>
      )}
    </>
  );
}
