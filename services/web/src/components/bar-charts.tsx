/**
 * Charts drawn on the server as SVG: no script, no client library, readable without styles. Each
 * says in words what it shows (`role="img"` and a label); the figures are also in the table beside it.
 */

const WIDTH = 320;
const HEIGHT = 28;

/** A figure against its target on one bar: the bar filled to the figure, a line at the target. */
export function ProgressChart({
  value,
  target,
  max,
  label,
  isMet,
}: {
  value: number | null;
  target: number | null;
  /** The scale's end: 100 for a percentage, else the larger of figure and target. */
  max: number;
  label: string;
  isMet: boolean | null;
}) {
  const scale = (x: number) => Math.max(0, Math.min(WIDTH, (x / (max || 1)) * WIDTH));
  const fill = isMet ? '#0b6e4f' : '#b06f00';
  return (
    <svg
      class="progress-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      data-chart-value={value ?? ''}
      data-chart-target={target ?? ''}
    >
      <rect x="0" y="6" width={WIDTH} height="16" rx="3" fill="#e6ebe8" />
      {value !== null ? <rect x="0" y="6" width={scale(value)} height="16" rx="3" fill={fill} data-bar /> : null}
      {target !== null ? (
        <line x1={scale(target)} x2={scale(target)} y1="1" y2={HEIGHT - 1} stroke="#1b1f1d" stroke-width="3" data-target-line />
      ) : null}
    </svg>
  );
}

/** Groups (wards, sectors) as horizontal bars, longest first, each labelled with its count. */
export function GroupBars({ groups, label }: { groups: { label: string; count: number }[]; label: string }) {
  const rowHeight = 22;
  const labelWidth = 180;
  const barWidth = 220;
  const max = Math.max(1, ...groups.map((group) => group.count));
  const height = Math.max(rowHeight, groups.length * rowHeight);
  return (
    <svg
      class="group-bars"
      viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`}
      width={labelWidth + barWidth + 60}
      height={height}
      role="img"
      aria-label={label}
    >
      {groups.map((group, index) => {
        const y = index * rowHeight;
        return (
          <g data-group={group.label}>
            <text x="0" y={y + 15} font-size="13" fill="#1b1f1d">
              {group.label.length > 26 ? `${group.label.slice(0, 25)}…` : group.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={Math.max(1, (group.count / max) * barWidth)} height="14" fill="#0b6e4f" />
            <text x={labelWidth + (group.count / max) * barWidth + 6} y={y + 15} font-size="13" fill="#1b1f1d">
              {group.count.toLocaleString('vi-VN')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
