import { useEffect, useId, useState } from 'react';
import { scaleForLevel, type FieldScale } from '../../shared/lens';
import { useAppState, useController } from '../app/controllerContext';
import { retainLensService, setLens } from './lensService';
import './lens.css';

function ColourList({ scale, hidden }: { scale: FieldScale; hidden: ReadonlySet<string> }) {
  return (
    <ul className="legend__list" aria-label={`Colours: ${scale.title}`}>
      {scale.entries.map((entry) => (
        <li key={entry.key} className={`legend__item${hidden.has(entry.key) ? ' is-hidden' : ''}`} data-colour={entry.swatch.fill}>
          <span
            className="legend__swatch"
            aria-hidden="true"
            style={{ background: entry.swatch.fill, ...(entry.swatch.border ? { borderColor: entry.swatch.border } : {}) }}
          />
          <span className="legend__label">{entry.label}</span>
          <span className="legend__count">{entry.count}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Always on the map: what the colours (and sizes, and link colours) mean under the current
 * lens, drawn from the same scales that colour the nodes, and what the filter leaves out.
 * Read only (the audience window) it has no controls: nobody there can press them.
 */
export function LegendPanel({ readOnly = false }: { readOnly?: boolean }) {
  const controller = useController();
  useEffect(() => retainLensService(controller), [controller]);
  const result = useAppState((s) => s.lensResult);
  const [open, setOpen] = useState(true);
  const headingId = useId();
  if (!result) return null;
  const { colour, size, links, lens } = result;
  const filterHidden = new Set(lens.filter && lens.filter.field === colour.field ? lens.filter.hide : []);
  const total = result.looks.size;
  const leftOut = lens.filter ? [...result.looks.values()].filter((l) => l.filteredOut).length + result.hidden.size : 0;
  return (
    <section className="legend" aria-labelledby={headingId} data-covers-map>
      <div className="legend__header">
        <h2 id={headingId}>Legend</h2>
        {!readOnly && (
          <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide' : 'Show'}
          </button>
        )}
      </div>
      {open && (
        <div className="legend__body">
          <div>
            <p className="legend__title">Colour: {colour.title}</p>
            <ColourList scale={colour} hidden={filterHidden} />
          </div>
          {size && (
            <div>
              <p className="legend__title">Size: {size.title}</p>
              <ul className="legend__list" aria-label={`Sizes: ${size.title}`}>
                {size.entries
                  .filter((e) => e.level !== null)
                  .map((entry) => (
                    <li key={entry.key} className="legend__item">
                      <span className="legend__size" aria-hidden="true">
                        <span style={{ width: `${Math.round(28 * scaleForLevel(entry.level))}px`, height: `${Math.round(16 * scaleForLevel(entry.level))}px` }} />
                      </span>
                      <span className="legend__label">{entry.label}</span>
                      <span className="legend__count">{entry.count}</span>
                    </li>
                  ))}
              </ul>
            </div>
          )}
          {links && (
            <div>
              <p className="legend__title">Links by type</p>
              <ul className="legend__list" aria-label="Link colours">
                {links.map((entry) => (
                  <li key={entry.type} className="legend__item" data-colour={entry.colour}>
                    <span className="legend__line" aria-hidden="true" style={{ borderColor: entry.colour }} />
                    <span className="legend__label">{entry.label}</span>
                    <span className="legend__count">{entry.count}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.waitingForNetwork && <p className="legend__status">Working out how the map is connected…</p>}
          {lens.filter && leftOut > 0 && (
            <div className="legend__filter" role="status">
              <span>
                {lens.filter.mode === 'hide' ? 'Hidden' : 'Faded'}: {leftOut} of {total}
              </span>
              {!readOnly && (
                <button type="button" className="button" onClick={() => setLens(controller, { filter: null })}>
                  Show all
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
