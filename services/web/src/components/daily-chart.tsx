/** One day of a banner's statistics. */
export interface DailyCounts {
  day: string;
  impressions: number;
  clicks: number;
  ctr: number;
}

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { top: 16, right: 48, bottom: 28, left: 56 };

/**
 * Impressions (bars, left axis) and clicks (line, right axis) per day, drawn on the server as
 * SVG: no script, no inline style (colours are attributes and classes), readable by a screen
 * reader through its title and description; the numbers themselves are in the table beside it.
 */
export function DailyChart({
  days,
  title,
  description,
  labels,
}: {
  days: readonly DailyCounts[];
  title: string;
  description: string;
  labels: { impressions: string; clicks: string };
}) {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const maxImpressions = niceMax(Math.max(0, ...days.map((day) => day.impressions)));
  const maxClicks = niceMax(Math.max(0, ...days.map((day) => day.clicks)));
  const step = days.length > 0 ? plotWidth / days.length : plotWidth;
  const barWidth = Math.max(1, step * 0.7);
  const y = (value: number, max: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const clickPoints = days.map(
    (day, index) => `${(PAD.left + step * index + step / 2).toFixed(1)},${y(day.clicks, maxClicks).toFixed(1)}`,
  );
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <svg
      class="daily-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-labelledby="daily-chart-title daily-chart-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="daily-chart-title">{title}</title>
      <desc id="daily-chart-desc">{description}</desc>
      <g class="chart-grid">
        {[0, 0.5, 1].map((fraction) => {
          const lineY = PAD.top + plotHeight - fraction * plotHeight;
          return (
            <>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={lineY} y2={lineY} stroke="#d0d7de" stroke-width="1" />
              <text x={PAD.left - 6} y={lineY + 4} text-anchor="end" font-size="11" fill="#1f4e79">
                {Math.round(maxImpressions * fraction)}
              </text>
              <text x={WIDTH - PAD.right + 6} y={lineY + 4} font-size="11" fill="#b3261e">
                {Math.round(maxClicks * fraction)}
              </text>
            </>
          );
        })}
      </g>
      <g class="chart-impressions" fill="#1f4e79">
        {days.map((day, index) => (
          <rect
            x={(PAD.left + step * index + (step - barWidth) / 2).toFixed(1)}
            y={y(day.impressions, maxImpressions).toFixed(1)}
            width={barWidth.toFixed(1)}
            height={(PAD.top + plotHeight - y(day.impressions, maxImpressions)).toFixed(1)}
            data-day={day.day}
          >
            <title>{`${day.day}: ${day.impressions} ${labels.impressions}, ${day.clicks} ${labels.clicks}`}</title>
          </rect>
        ))}
      </g>
      {days.length > 0 ? (
        <polyline class="chart-clicks" points={clickPoints.join(' ')} fill="none" stroke="#b3261e" stroke-width="2" />
      ) : null}
      <g>
        {days.map((day, index) =>
          index % labelEvery === 0 ? (
            <text x={PAD.left + step * index + step / 2} y={HEIGHT - 8} text-anchor="middle" font-size="11" fill="#333">
              {`${day.day.slice(8, 10)}/${day.day.slice(5, 7)}`}
            </text>
          ) : null,
        )}
      </g>
      <g font-size="12">
        <rect x={PAD.left} y={2} width="10" height="10" fill="#1f4e79" />
        <text x={PAD.left + 14} y={11} fill="#1f4e79">
          {labels.impressions}
        </text>
        <line x1={PAD.left + 140} x2={PAD.left + 156} y1={7} y2={7} stroke="#b3261e" stroke-width="2" />
        <text x={PAD.left + 160} y={11} fill="#b3261e">
          {labels.clicks}
        </text>
      </g>
    </svg>
  );
}

/** An axis top that reads well: 1, 2 or 5 times a power of ten, at least 1. */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}
