import { useMemo } from 'react';
import { CATEGORY_ORDER, areaGoodHelp, boroughPicture, organisationStrengths } from '../../shared/goodHelp';
import { EVALUATION_CATEGORY_LABELS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import './goodHelp.css';

const CATEGORY_NAMES = { ...EVALUATION_CATEGORY_LABELS, notYet: 'Not evaluated yet' };

/**
 * The borough's Good Help picture on one screen, strengths first: what the whole map says,
 * then each area, then each organisation in name order — a picture of riches, never a table
 * of who is ahead.
 */
export function StrengthsDialog({ onClose }: { onClose: () => void }) {
  const controller = useController();
  const doc = useAppState((s) => s.doc);
  const picture = useMemo(() => (doc ? { borough: boroughPicture(doc), areas: areaGoodHelp(doc), organisations: organisationStrengths(doc) } : null), [doc]);
  if (!doc || !picture) return null;
  const { borough, areas, organisations } = picture;
  const show = (id: string) => {
    controller.select({ nodeIds: [id], linkIds: [] });
    onClose();
  };
  return (
    <Dialog title="Good Help strengths" onClose={onClose} wide startOn="content">
      <div className="strengths">
        <section aria-labelledby="strengths-borough" className="strengths__borough">
          <h3 id="strengths-borough">The whole map</h3>
          <p>{borough.headline}</p>
          <ul className="strengths__categories" aria-label="Projects by evaluation category">
            {CATEGORY_ORDER.filter((c) => borough.projectsByCategory[c] > 0).map((c) => (
              <li key={c} className={`category-chip category-chip--${c}`}>
                {CATEGORY_NAMES[c]}: {borough.projectsByCategory[c]}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="strengths-areas">
          <h3 id="strengths-areas">Areas</h3>
          {areas.length === 0 && <p className="field__hint">No areas yet: add them in Map settings to see each area’s strengths.</p>}
          <ul className="strengths__list">
            {areas.map((a) => (
              <li key={a.areaId}>
                <h4>{a.name}</h4>
                {a.strengths.map((s) => (
                  <p key={s}>{s}</p>
                ))}
                {a.invitation && <p className="field__hint">{a.invitation}</p>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="strengths-organisations">
          <h3 id="strengths-organisations">Organisations</h3>
          <p className="field__hint">In name order. Select a name to see the organisation on the map.</p>
          <ul className="strengths__list">
            {organisations.map((o) => (
              <li key={o.organisationId}>
                <h4>
                  <button type="button" className="link-button" onClick={() => show(o.organisationId)}>
                    {o.name}
                  </button>
                </h4>
                {o.strengths.map((s) => (
                  <p key={s}>{s}</p>
                ))}
                {o.invitation && <p className="field__hint">{o.invitation}</p>}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Dialog>
  );
}
