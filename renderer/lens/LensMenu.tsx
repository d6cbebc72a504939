import { useId, useMemo } from 'react';
import { CATEGORY_FIELDS, LENS_FIELD_INFO, NUMBER_FIELDS, customLensFields } from '../../shared/lens';
import { CUSTOM_LENS_PREFIX, LENS_FIELDS, NUMBER_LENS_FIELDS, STANDARD_LENS, type LensField, type NumberLensField } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { setLens } from './lensService';
import { ToolbarPopover } from '../components/ToolbarPopover';

const isCustom = (value: string): value is `custom.${string}` => value.startsWith(CUSTOM_LENS_PREFIX);
const isField = (value: string): value is LensField => (LENS_FIELDS as readonly string[]).includes(value) || isCustom(value);
const isNumberField = (value: string): value is NumberLensField => (NUMBER_LENS_FIELDS as readonly string[]).includes(value) || isCustom(value);

function FieldOptions({ fields }: { fields: readonly { id: string; label: string }[] }) {
  return fields.map((f) => (
    <option key={f.id} value={f.id}>
      {f.label}
    </option>
  ));
}

/**
 * The map's custom fields (from imports, or added in Details) as lens choices. Only mounted
 * while the popover is open, so the map's edits do not re-render the toolbar.
 */
function CustomFieldOptions({ group = false, numbersOnly = false }: { group?: boolean; numbersOnly?: boolean }) {
  const doc = useAppState((s) => s.doc);
  const fields = useMemo(() => (doc ? customLensFields(doc) : []).filter((f) => !numbersOnly || f.type === 'number'), [doc, numbersOnly]);
  if (fields.length === 0) return null;
  return group ? (
    <optgroup label="Custom fields">
      <FieldOptions fields={fields} />
    </optgroup>
  ) : (
    <FieldOptions fields={fields} />
  );
}

/** The toolbar's Lens button: colour, size and filter the map by a field. */
export function LensMenu() {
  const controller = useController();
  const lens = useAppState((s) => s.lens);
  const filterScale = useAppState((s) => s.lensResult?.filter ?? null);
  const standard = lens.colour === 'kind' && !lens.size && !lens.linkColour && !lens.filter;
  const ids = { colour: useId(), size: useId(), filter: useId() };
  const hide = new Set(lens.filter?.hide ?? []);
  return (
    <ToolbarPopover label={standard ? 'Lens' : 'Lens ●'} title="Lens: colour, size and filter the map">
      {() => (
        <>
          <label className="field" htmlFor={ids.colour}>
            <span className="field__label">Colour by</span>
            <select id={ids.colour} value={lens.colour} onChange={(e) => isField(e.target.value) && setLens(controller, { colour: e.target.value })}>
              <optgroup label="Categories">
                <FieldOptions fields={CATEGORY_FIELDS} />
              </optgroup>
              <optgroup label="Levels and numbers">
                <FieldOptions fields={NUMBER_FIELDS} />
              </optgroup>
              <CustomFieldOptions group />
            </select>
          </label>
          <label className="field" htmlFor={ids.size}>
            <span className="field__label">Size by</span>
            <select
              id={ids.size}
              value={lens.size ?? ''}
              onChange={(e) => setLens(controller, { size: isNumberField(e.target.value) ? e.target.value : null })}
            >
              <option value="">Same size for all</option>
              <FieldOptions fields={NUMBER_FIELDS} />
              <CustomFieldOptions numbersOnly />
            </select>
          </label>
          <label className="popover__check">
            <input type="checkbox" checked={lens.linkColour} onChange={(e) => setLens(controller, { linkColour: e.target.checked })} />
            Colour links by type
          </label>
          <label className="field" htmlFor={ids.filter}>
            <span className="field__label">Filter by</span>
            <select
              id={ids.filter}
              value={lens.filter?.field ?? ''}
              onChange={(e) => {
                const field = e.target.value;
                setLens(controller, { filter: isField(field) ? { field, hide: [], mode: lens.filter?.mode ?? 'hide' } : null });
              }}
            >
              <option value="">Show everything</option>
              <FieldOptions fields={LENS_FIELD_INFO} />
              <CustomFieldOptions />
            </select>
          </label>
          {lens.filter && filterScale && filterScale.field === lens.filter.field && (
            <fieldset>
              <legend>Show</legend>
              {filterScale.entries.map((entry) => (
                <label key={entry.key} className="popover__check">
                  <input
                    type="checkbox"
                    checked={!hide.has(entry.key)}
                    onChange={(e) => {
                      const next = new Set(hide);
                      if (e.target.checked) next.delete(entry.key);
                      else next.add(entry.key);
                      setLens(controller, { filter: { ...lens.filter!, hide: [...next] } });
                    }}
                  />
                  <span className="popover__swatch" style={{ background: entry.swatch.fill }} aria-hidden="true" />
                  {entry.label} ({entry.count})
                </label>
              ))}
              <div className="popover__row" role="radiogroup" aria-label="What happens to the rest">
                <label className="popover__check">
                  <input type="radio" name="filter-mode" checked={lens.filter.mode === 'hide'} onChange={() => setLens(controller, { filter: { ...lens.filter!, mode: 'hide' } })} />
                  Hide the rest
                </label>
                <label className="popover__check">
                  <input type="radio" name="filter-mode" checked={lens.filter.mode === 'fade'} onChange={() => setLens(controller, { filter: { ...lens.filter!, mode: 'fade' } })} />
                  Fade the rest
                </label>
              </div>
            </fieldset>
          )}
          <div className="popover__row">
            <button type="button" className="button" disabled={standard} onClick={() => controller.store.set({ lens: STANDARD_LENS })}>
              Back to the standard look
            </button>
          </div>
        </>
      )}
    </ToolbarPopover>
  );
}
