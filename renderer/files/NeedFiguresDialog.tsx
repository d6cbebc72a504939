import { Dialog } from '../components/Dialog';
import { tableName } from '../../shared/importers/table';
import type { AreaNeed } from '../../shared/importers/planNeedFigures';
import { useFileService, useFileUi } from './useFileService';

const people = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('en-GB'));

/** What each area's need figures will be, and the LSOAs behind them, before anything changes. */
export function NeedFiguresDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  if (dialog.kind !== 'needFigures') return null;
  const { session } = dialog;
  const service = files.needFigures;
  const title = 'Need figures from the Indices of Deprivation';
  if (session.stage === 'reading') {
    return (
      <Dialog title={title} onClose={() => service.cancel()}>
        <p id="need-progress">Reading {session.fileNames.join(' and ')}…</p>
        <progress className="import-progress" aria-labelledby="need-progress" />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => service.cancel()}>
            Cancel
          </button>
        </div>
      </Dialog>
    );
  }
  const { plan, lookup, deprivation } = session;
  const added = plan?.areas.filter((a) => a.areaId === null).length ?? 0;
  const notOnMap = plan?.notOnMap.length ?? 0;
  return (
    <Dialog title={title} onClose={() => service.cancel()} wide>
      <p>
        Each area gets the average IMD decile of its LSOAs, weighted by how many people live in each (1 = most deprived tenth of England), and their
        total population. The gap analysis then weighs gaps by need.
      </p>
      <dl className="need-sources">
        <dt>Deprivation</dt>
        <dd>{deprivation ? `${tableName(deprivation)}${plan ? ` (${plan.edition}, ${deprivation.rows.length.toLocaleString('en-GB')} LSOAs)` : ''}` : 'not found'}</dd>
        <dt>Lookup</dt>
        <dd>{lookup ? tableName(lookup) : 'not found'}</dd>
      </dl>
      {lookup && (
        <div className="need-options">
          <label className="field">
            <span className="field__label">The lookup’s column that names your areas</span>
            <select value={session.areaColumn ?? ''} onChange={(e) => service.change({ areaColumn: Number(e.target.value) })}>
              {lookup.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
          {(notOnMap > 0 || added > 0) && (
            <label className="check">
              <input type="checkbox" checked={session.addMissingAreas} onChange={(e) => service.change({ addMissingAreas: e.target.checked })} />
              Add the areas that are not on the map yet{added ? ` (${added})` : notOnMap ? ` (${notOnMap})` : ''}
            </label>
          )}
        </div>
      )}
      {plan && plan.areas.length > 0 && <NeedTable areas={plan.areas} />}
      <div className={`import-summary${session.error ? ' has-error' : ''}`} role="status" aria-live="polite">
        {session.error ? (
          <p className="field__error">{session.error}</p>
        ) : plan ? (
          <>
            <p>
              <strong>
                Will set need figures for {plan.areas.length} {plan.areas.length === 1 ? 'area' : 'areas'}
                {added ? `, ${added} of them new` : ''}.
              </strong>
              {plan.untouched.length > 0 && ` Left as they are (no LSOAs in the lookup): ${plan.untouched.slice(0, 8).join(', ')}${plan.untouched.length > 8 ? '…' : ''}.`}
            </p>
            {plan.warnings.length > 0 && (
              <ul className="import-summary__warnings">
                {plan.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => service.cancel()}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={!plan || plan.areas.length === 0 || Boolean(session.error)} onClick={() => service.confirm()}>
          Set need figures
        </button>
      </div>
    </Dialog>
  );
}

function NeedTable({ areas }: { areas: readonly AreaNeed[] }) {
  return (
    <div className="need-table">
      <table>
        <caption className="visually-hidden">Each area’s need figures and the LSOAs they come from</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Deprivation decile</th>
            <th scope="col">Population</th>
            <th scope="col">From these LSOAs</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.areaId ?? `new:${area.name}`}>
              <th scope="row">
                {area.name}
                {area.areaId === null && <span className="need-table__new"> new</span>}
              </th>
              <td>
                <strong>{area.decile}</strong>
                {area.before.decile !== undefined && area.before.decile !== area.decile && <span className="muted"> (was {area.before.decile})</span>}
              </td>
              <td>
                {people(area.population ?? area.before.population)}
                {area.population !== null && area.before.population !== undefined && area.before.population !== area.population && <span className="muted"> (was {people(area.before.population)})</span>}
              </td>
              <td>
                <details>
                  <summary>
                    {area.lsoas.length} {area.lsoas.length === 1 ? 'LSOA' : 'LSOAs'}
                    {area.missing.length > 0 && `, ${area.missing.length} not in the file`}
                  </summary>
                  <ul className="need-table__lsoas">
                    {area.lsoas.map((l) => (
                      <li key={l.code}>
                        {l.code}
                        {l.name && ` ${l.name}`}: decile {l.decile}
                        {l.population !== null && `, ${people(l.population)} people`}
                      </li>
                    ))}
                    {area.missing.map((code) => (
                      <li key={code} className="muted">
                        {code}: not in the deprivation file
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
