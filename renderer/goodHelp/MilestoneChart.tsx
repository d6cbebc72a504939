import { longDate, type MilestoneProgress } from '../../shared/goodHelp';

const WIDTH = 360;
const HEIGHT = 130;
const PAD = { left: 40, right: 16, top: 22, bottom: 24 };

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * Progress over time as a step line against the target: each figure holds until the next is
 * recorded. A picture for the room; the table beside it says the same in words.
 */
export function MilestoneChart({ progress, title }: { progress: MilestoneProgress; title: string }) {
  const { points, target } = progress;
  if (points.length === 0) return <p className="field__hint">No figures yet: add one below and progress will show here.</p>;
  const maxValue = Math.max(target, ...points.map((p) => p.value));
  const first = dayNumber(points[0]!.date);
  const last = Math.max(dayNumber(points.at(-1)!.date), first + 1);
  const x = (iso: string) => PAD.left + ((dayNumber(iso) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / maxValue) * (HEIGHT - PAD.top - PAD.bottom);
  let path = '';
  points.forEach((p, i) => {
    path += i === 0 ? `M${x(p.date)},${y(p.value)}` : `H${x(p.date)}V${y(p.value)}`;
  });
  if (points.length === 1) path += `H${WIDTH - PAD.right}`;
  const latest = points.at(-1)!;
  const summary = `${title}: ${points.length === 1 ? `${latest.value} on ${longDate(latest.date)}` : `from ${points[0]!.value} on ${longDate(points[0]!.date)} to ${latest.value} on ${longDate(latest.date)}`}, against a target of ${target}.`;
  return (
    <svg className="milestone-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
      <line className="milestone-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
      <line className="milestone-chart__target" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target)} y2={y(target)} />
      <text className="milestone-chart__label" x={PAD.left - 6} y={y(target) + 4} textAnchor="end">
        {target}
      </text>
      <text className="milestone-chart__label" x={PAD.left - 6} y={y(0) + 4} textAnchor="end">
        0
      </text>
      <text className="milestone-chart__label milestone-chart__label--target" x={WIDTH - PAD.right} y={y(target) - 4} textAnchor="end">
        Target
      </text>
      <path className="milestone-chart__line" d={path} />
      {points.map((p) => (
        <g key={p.date}>
          <circle className={`milestone-chart__point${p.live ? ' is-live' : ''}`} cx={x(p.date)} cy={y(p.value)} r={4} />
          <text className="milestone-chart__value" x={x(p.date)} y={y(p.value) - 8} textAnchor="middle">
            {p.value}
          </text>
        </g>
      ))}
      <text className="milestone-chart__label" x={PAD.left} y={HEIGHT - 6}>
        {longDate(points[0]!.date)}
      </text>
      {points.length > 1 && (
        <text className="milestone-chart__label" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
          {longDate(latest.date)}
        </text>
      )}
    </svg>
  );
}
