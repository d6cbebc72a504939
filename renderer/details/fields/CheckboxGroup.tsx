/** A set of ids chosen from a list: help topics, areas, audiences, criteria. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  empty,
}: {
  legend: string;
  options: readonly { id: string; label: string; note?: string }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  empty?: string;
}) {
  const chosen = new Set(selected);
  return (
    <fieldset className="field checkbox-group">
      <legend className="field__label">{legend}</legend>
      {options.length === 0 && <p className="field__hint">{empty ?? 'Nothing to choose from yet.'}</p>}
      {options.map((o) => (
        <label key={o.id} className="check">
          <input
            type="checkbox"
            checked={chosen.has(o.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(o.id);
              else next.delete(o.id);
              // Keep the map's own order, so the stored list does not depend on click order.
              onChange(options.map((x) => x.id).filter((id) => next.has(id)));
            }}
          />
          <span>
            {o.label}
            {o.note && <span className="field__hint"> — {o.note}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
