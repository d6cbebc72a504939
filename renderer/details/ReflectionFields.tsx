import { useState } from 'react';
import { canReflect, currentLevels, historySummary, inDateOrder, longDate } from '../../shared/goodHelp';
import { CHARACTERISTICS, CHARACTERISTIC_LABELS, REFLECTION_LEVEL_LABELS, type MapNode } from '../../shared/model';
import { useController } from '../app/controllerContext';
import { ReflectionDialog } from '../goodHelp/ReflectionDialog';
import { ReflectionHistory } from '../goodHelp/ReflectionHistory';
import { removeReflectionEntry, saveReflection } from '../goodHelp/reflectionActions';
import { todayIso } from './lastCheckedText';

/**
 * The seven characteristics for an organisation, space or project: where it is now, a button
 * to reflect again, and every earlier reflection kept underneath — a conversation, never a score.
 */
export function ReflectionFields({ node }: { node: MapNode }) {
  const controller = useController();
  const [open, setOpen] = useState(false);
  if (!canReflect(node)) return null;
  const history = inDateOrder(node.reflections);
  const latest = history.at(-1);
  const summary = historySummary(node.reflections);
  const levels = { ...node.selfAssessment, ...currentLevels(node.reflections) };
  const reflected = CHARACTERISTICS.filter((c) => levels[c] !== undefined).length;
  return (
    <section className="details-section good-help-reflection" aria-labelledby={`reflection-${node.id}`}>
      <h3 id={`reflection-${node.id}`} className="details-section__heading">
        Good Help reflection
      </h3>
      <p className="field__hint">
        {summary
          ? `${summary}. Latest: ${longDate(latest!.date)}${latest!.by ? `, by ${latest!.by}` : ''}.`
          : reflected
            ? `${reflected} of 7 characteristics recorded before reflections were dated.`
            : 'No reflections yet. How true does each characteristic of Good Help feel here?'}
      </p>
      {reflected > 0 && (
        <dl className="current-levels" aria-label="Current levels">
          {CHARACTERISTICS.map((c) => (
            <div key={c} className="current-levels__row">
              <dt>{CHARACTERISTIC_LABELS[c]}</dt>
              <dd>
                {levels[c] ? (
                  <>
                    <span className="level-dots" aria-hidden="true">
                      {[1, 2, 3, 4].map((n) => (
                        <span key={n} className={n <= levels[c]! ? 'is-on' : ''} />
                      ))}
                    </span>
                    {REFLECTION_LEVEL_LABELS[levels[c]!]}
                  </>
                ) : (
                  <span className="field__hint">Not reflected on yet</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {history.length || reflected ? 'Reflect again' : 'Record a reflection'}
      </button>
      {history.length > 0 && (
        <details className="reflection-history__details">
          <summary>{summary} — see how it has changed</summary>
          <ReflectionHistory reflections={node.reflections} onRemove={(id) => removeReflectionEntry(controller, node.id, id)} />
        </details>
      )}
      {open && (
        <ReflectionDialog
          nodeName={node.name}
          initialLevels={levels}
          initialBy={latest?.by ?? ''}
          today={todayIso()}
          onClose={() => setOpen(false)}
          onSave={(values) => {
            const error = saveReflection(controller, node.id, values);
            if (!error) setOpen(false);
            return error;
          }}
        />
      )}
    </section>
  );
}
