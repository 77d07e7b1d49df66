import type { PageContext } from '../http/page-context.ts';
import { DailyChart, type DailyCounts } from './daily-chart.tsx';

/** What `GET /api/v1/banners/{id}/stats` answers. */
export interface BannerStats {
  banner: { id: string; title: string; slot: string; state: string };
  from: string;
  to: string;
  days: DailyCounts[];
  totals: { impressions: number; clicks: number; ctr: number };
}

const dayText = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const percent = (ctr: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 2 }).format(ctr);
const count = (value: number, locale: string) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN').format(value);

/** A banner's totals, the chart of its days (SVG drawn here), and the same numbers as a table. */
export function BannerStatsView({ ctx, stats }: { ctx: PageContext; stats: BannerStats }) {
  const t = ctx.t.banners.stats;
  const { totals } = stats;
  return (
    <>
      <p class="muted">{t.range(dayText(stats.from), dayText(stats.to))}</p>
      <dl class="stat-totals">
        <div>
          <dt>{t.impressions}</dt>
          <dd data-total="impressions">{count(totals.impressions, ctx.locale)}</dd>
        </div>
        <div>
          <dt>{t.clicks}</dt>
          <dd data-total="clicks">{count(totals.clicks, ctx.locale)}</dd>
        </div>
        <div>
          <dt>{t.ctr}</dt>
          <dd data-total="ctr">{percent(totals.ctr, ctx.locale)}</dd>
        </div>
      </dl>
      <DailyChart
        days={stats.days}
        title={t.chartTitle}
        description={t.chartDesc(stats.days.length, totals.impressions, totals.clicks)}
        labels={{ impressions: t.impressions, clicks: t.clicks }}
      />
      <div class="table-scroll">
        <table class="data-table stats-table">
          <caption>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              <th scope="col" class="numeric">
                {t.impressions}
              </th>
              <th scope="col" class="numeric">
                {t.clicks}
              </th>
              <th scope="col" class="numeric">
                {t.ctr}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...stats.days].reverse().map((day) => (
              <tr data-day={day.day}>
                <th scope="row">{dayText(day.day)}</th>
                <td class="numeric">{count(day.impressions, ctx.locale)}</td>
                <td class="numeric">{count(day.clicks, ctx.locale)}</td>
                <td class="numeric">{percent(day.ctr, ctx.locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.totals}</th>
              <td class="numeric">{count(totals.impressions, ctx.locale)}</td>
              <td class="numeric">{count(totals.clicks, ctx.locale)}</td>
              <td class="numeric">{percent(totals.ctr, ctx.locale)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
