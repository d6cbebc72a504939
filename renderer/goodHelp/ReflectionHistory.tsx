import { CHANGE_ARROWS, CHANGE_WORDS, longDate, reflectionSteps } from '../../shared/goodHelp';
import { CHARACTERISTICS, CHARACTERISTIC_LABELS, REFLECTION_LEVEL_LABELS, type Reflection } from '../../shared/model';

/** Every reflection, newest first, with how each characteristic moved since the one before. */
export function ReflectionHistory({ reflections, onRemove }: { reflections: readonly Reflection[]; onRemove: (id: string) => void }) {
  const steps = reflectionSteps(reflections);
  return (
    <ol className="reflection-history">
      {steps.map(({ reflection: r, changes }) => (
        <li key={r.id} className="reflection-history__item">
          <p className="reflection-history__when">
            <strong>{longDate(r.date)}</strong>
            {r.by && <> · {r.by}</>}
          </p>
          <ul className="reflection-history__levels">
            {CHARACTERISTICS.filter((c) => r.levels[c] !== undefined).map((c) => {
              const change = changes[c]!;
              return (
                <li key={c}>
                  <span className={`change change--${change}`} aria-hidden="true">
                    {CHANGE_ARROWS[change]}
                  </span>{' '}
                  {CHARACTERISTIC_LABELS[c]}: {REFLECTION_LEVEL_LABELS[r.levels[c]!]}
                  <span className="visually-hidden"> ({CHANGE_WORDS[change]})</span>
                  {r.notes[c] && <span className="reflection-history__note"> — “{r.notes[c]}”</span>}
                </li>
              );
            })}
          </ul>
          {r.story && <p className="reflection-history__story">“{r.story}”</p>}
          <button type="button" className="button button--quiet reflection-history__remove" onClick={() => onRemove(r.id)} aria-label={`Remove the reflection of ${longDate(r.date)}`}>
            Remove
          </button>
        </li>
      ))}
    </ol>
  );
}
