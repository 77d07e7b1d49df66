import type { App } from '@tradeqn/kit';
import type { StatisticsDto } from '@tradeqn/programme/contract';
import { ProgressChart } from '../../components/bar-charts.tsx';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { assessment, chartMax, figureText, yearOf } from '../console-programme/programme-figures.ts';

const PATH = '/thong-ke';

/** `/thong-ke`: the programme's headline figures of a year, for everyone. */
export async function statisticsPages(app: App): Promise<void> {
  app.get(PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const year = yearOf(request.query);
    const statistics = required(await ctx.api.get<StatisticsDto>('/programme/statistics', { query: { year } }));
    return sendPage(reply, <StatisticsPage ctx={ctx} statistics={statistics} />, { cacheable: true });
  });
}

function StatisticsPage({ ctx, statistics }: { ctx: PageContext; statistics: StatisticsDto }) {
  const t = ctx.t.programme;
  const title = t.publicTitle(statistics.year);
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: title }];
  // what has a figure: the rest waits for its survey
  const shown = statistics.indicators.filter((one) => one.value !== null && one.measuredBy !== 'reference');
  return (
    <Document
      ctx={ctx}
      meta={{ title, description: t.publicIntro, canonicalPath: PATH, jsonLd: [breadcrumbJsonLd(ctx, crumbs)] }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{title}</h1>
      <p class="lead">{t.publicIntro}</p>
      <ul class="statistics-cards">
        {shown.map((one) => {
          const name = ctx.locale === 'en' ? one.nameEn : one.name;
          return (
            <li class="statistics-card" data-indicator={one.code}>
              <h2>{name}</h2>
              <p class="statistics-figure" data-value={one.value ?? ''}>
                {figureText(ctx, one, one.value)}
              </p>
              {one.target !== null ? (
                <ProgressChart
                  value={one.value}
                  target={one.target}
                  max={chartMax(one)}
                  isMet={one.isMet}
                  label={t.chartLabel(name, figureText(ctx, one, one.value), figureText(ctx, one, one.target))}
                />
              ) : null}
              <p class="muted">
                {t.columns.target}: {figureText(ctx, one, one.target)} · {assessment(ctx, one).text}
              </p>
            </li>
          );
        })}
      </ul>
    </Document>
  );
}
