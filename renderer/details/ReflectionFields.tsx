import {
  CHARACTERISTICS,
  CHARACTERISTIC_LABELS,
  REFLECTION_LEVELS,
  REFLECTION_LEVEL_LABELS,
  type MapNode,
} from '../../shared/model';
import { SelectField } from './fields/SelectField';

type Commit = (field: string, value: unknown) => string | null;

/** The seven characteristics as a reflective scale — a conversation starter, never a score. */
export function ReflectionFields({ node, commit }: { node: MapNode; commit: Commit }) {
  const reflected = CHARACTERISTICS.filter((c) => node.selfAssessment[c] !== undefined).length;
  return (
    <details className="details-section">
      <summary>
        Good Help reflection <span className="field__hint">({reflected} of 7 reflected on)</span>
      </summary>
      <p className="field__hint">How true does each characteristic of Good Help feel here? There are no wrong answers.</p>
      {CHARACTERISTICS.map((c) => (
        <SelectField
          key={c}
          label={CHARACTERISTIC_LABELS[c]}
          value={node.selfAssessment[c] ?? null}
          emptyLabel="Not reflected on"
          options={REFLECTION_LEVELS.map((level) => ({ value: level, label: REFLECTION_LEVEL_LABELS[level] }))}
          onChange={(level) => {
            const next = { ...node.selfAssessment };
            if (level === null) delete next[c];
            else next[c] = level;
            commit('selfAssessment', next);
          }}
        />
      ))}
    </details>
  );
}
