import { explainDerivedCriteria } from '../../shared/analysis/derivedCriteria';
import type { Criterion } from '../../shared/model';
import { useAppState } from '../app/controllerContext';

/**
 * The derived criteria for one space, read-only, with their worked-out value and why: which
 * topics its links reach, and when it is open out of hours. Selected as a string so the panel
 * re-renders only when the explanation itself changes.
 */
export function DerivedCriteria({ spaceId, criteria }: { spaceId: string; criteria: readonly Criterion[] }) {
  const json = useAppState((s) => (s.doc ? JSON.stringify(explainDerivedCriteria(s.doc, spaceId)) : 'null'));
  const values = JSON.parse(json) as ReturnType<typeof explainDerivedCriteria>;
  if (!values || criteria.length === 0) return null;
  return (
    <div className="field derived-criteria" role="group" aria-label="Criteria worked out by the map">
      <p className="field__label">Worked out by the map</p>
      <ul>
        {criteria.map((c) => {
          const value = c.derived ? values[c.derived] : null;
          if (!value) return null;
          return (
            <li key={c.id} className={value.met ? 'is-met' : 'is-not-met'}>
              <strong>
                {value.met ? 'Yes' : 'Not yet'}: {c.label}
              </strong>
              {c.essential && <span className="field__hint"> — essential</span>}
              <br />
              <span className="field__hint">{value.why}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
