import type { AreaTimeGrid } from '../../shared/analysis/timeGrid';
import { DAY_PART_LABELS, DAY_PARTS } from '../../shared/analysis/timeOfDay';
import { DAYS } from '../../shared/model';
import { useAppState } from '../app/controllerContext';

/**
 * When a safe space is open in one area: a heat map that is a real table. Each cell says how
 * many are open and names them (as a tooltip and to screen readers), so colour is never the
 * only cue; empty cells read "None".
 */
export function TimeGridTable({ grid, areaName }: { grid: AreaTimeGrid; areaName: string }) {
  const nodes = useAppState((s) => s.doc?.nodes);
  const name = (id: string) => nodes?.[id]?.name ?? id;
  return (
    <table className="time-grid">
      <caption>When a safe space is open in {areaName}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {DAY_PARTS.map((p) => (
            <th key={p} scope="col">
              {DAY_PART_LABELS[p]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DAYS.map((day, d) => (
          <tr key={day}>
            <th scope="row">{day.slice(0, 3)}</th>
            {DAY_PARTS.map((p, i) => {
              const ids = grid.cells[d * 3 + i] ?? [];
              const names = ids.map(name).join(', ');
              return (
                <td key={p} className={`time-grid__cell time-grid__cell--${Math.min(ids.length, 3)}`} title={names || `No safe space open ${day} ${p}`}>
                  {ids.length === 0 ? 'None' : ids.length}
                  {names && <span className="visually-hidden">: {names}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
