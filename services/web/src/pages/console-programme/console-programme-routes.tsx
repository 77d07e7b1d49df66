import type { App } from '@tradeqn/kit';
import { INDICATORS, type IndicatorStatisticDto, type PeriodDto, type StatisticsDto } from '@tradeqn/programme/contract';
import { GroupBars, ProgressChart } from '../../components/bar-charts.tsx';
import { CsrfField, SelectField, TextField } from '../../components/form.tsx';
import { required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formText } from '../../http/form-input.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { sendWorkbook } from '../../http/workbook.ts';
import { requireStaff, staffRoleOf } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { assessment, chartMax, figureText, thisYearVn, yearOf } from './programme-figures.ts';

const DASHBOARD = consolePath('programme');
const TARGETS = `${DASHBOARD}/chi-tieu`;
const FIRST_YEAR = 2016;
/** What staff type in: the indicators the exchange does not measure itself. */
const ENTERED = INDICATORS.filter((indicator) => indicator.measuredBy !== 'platform');

async function statisticsOf(ctx: PageContext, year: number): Promise<StatisticsDto> {
  return required(await ctx.api.get<StatisticsDto>('/admin/programme/statistics', { query: { year } }));
}

/**
 * `/quan-tri/chuong-trinh`: the programme's indicators of a year against their targets, with
 * charts drawn on the server, the breakdown by ward and sector, an Excel copy, the figures staff
 * enter; `/chi-tieu` edits the periods' targets (admins).
 */
export async function consoleProgrammePages(app: App): Promise<void> {
  app.get(DASHBOARD, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const year = yearOf(request.query, FIRST_YEAR);
    return sendPage(reply, <Dashboard ctx={ctx} statistics={await statisticsOf(ctx, year)} />);
  });

  app.get(`${DASHBOARD}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const year = yearOf(request.query, FIRST_YEAR);
    const { indicators } = await statisticsOf(ctx, year);
    const t = ctx.t.programme;
    const groups = (by: 'byWard' | 'bySector') =>
      indicators.flatMap((one) => one[by].map((group) => ({ indicator: one.name, ...group })));
    return sendWorkbook(reply, t.fileName(year), [
      {
        name: t.sheet(year),
        rows: indicators,
        columns: [
          { header: t.columns.indicator, width: 60, value: (one: IndicatorStatisticDto) => one.name },
          {
            header: t.columns.measured,
            width: 18,
            value: (one: IndicatorStatisticDto) => t.measures[one.measuredBy] ?? one.measuredBy,
          },
          { header: t.columns.value, format: 'number', value: (one: IndicatorStatisticDto) => one.value ?? '' },
          { header: t.columns.target, format: 'number', value: (one: IndicatorStatisticDto) => one.target ?? '' },
          { header: t.columns.status, width: 24, value: (one: IndicatorStatisticDto) => assessment(ctx, one).text },
        ],
      },
      ...(['byWard', 'bySector'] as const).map((by) => ({
        name: by === 'byWard' ? t.wardSheet : t.sectorSheet,
        rows: groups(by),
        columns: [
          { header: t.columns.indicator, width: 50, value: (row: { indicator: string }) => row.indicator },
          { header: t.groupColumns.group, width: 30, value: (row: { label: string }) => row.label },
          { header: t.groupColumns.count, format: 'number' as const, value: (row: { count: number }) => row.count },
          { header: t.groupColumns.total, format: 'number' as const, value: (row: { total: number | null }) => row.total ?? '' },
        ],
      })),
    ] as never);
  });

  app.post(`${DASHBOARD}/so-lieu`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const indicator = formText(request.body, 'indicator');
    const year = Number(formText(request.body, 'year'));
    const value = Number(formText(request.body, 'value').replace(',', '.'));
    const back = ctx.href(withQuery(DASHBOARD, { year: String(year) }));
    const saved = await ctx.api.put(`/admin/programme/figures/${encodeURIComponent(indicator)}/${year}`, {
      body: { value: Number.isFinite(value) ? value : formText(request.body, 'value'), source: formText(request.body, 'source') },
    });
    if (!saved.ok) {
      setFlash(reply, saved.problem.detail ?? saved.problem.title, 'error');
      return redirectTo(reply, `${back}#figure-form`);
    }
    setFlash(reply, ctx.t.programme.figureSaved);
    return redirectTo(reply, back);
  });

  app.get(TARGETS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const periods = required(await ctx.api.get<PeriodDto[]>('/admin/programme/periods'));
    return sendPage(reply, <TargetsPage ctx={ctx} periods={periods} />);
  });

  app.post<{ Params: { id: string } }>(`${TARGETS}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const periods = required(await ctx.api.get<PeriodDto[]>('/admin/programme/periods'));
    const period = periods.find((one) => one.id === request.params.id);
    if (!period) return redirectTo(reply, ctx.href(TARGETS));
    // one field a cell: `t.<indicator>.0` for the whole period, `t.<indicator>.<year>` for a year
    const targets = INDICATORS.filter((one) => one.measuredBy !== 'reference').flatMap((indicator) =>
      [0, ...yearsOf(period)].flatMap((year) => {
        const typed = formText(request.body, `t.${indicator.code}.${year}`).replace(',', '.');
        if (typed === '') return [];
        return [{ indicator: indicator.code, year: year === 0 ? null : year, value: Number(typed) }];
      }),
    );
    const saved = await ctx.api.put<PeriodDto>(`/admin/programme/periods/${period.id}/targets`, { body: { targets } });
    if (!saved.ok) {
      setFlash(
        reply,
        saved.problem.errors?.[0]
          ? `${saved.problem.detail ?? saved.problem.title} (${saved.problem.errors[0].path})`
          : (saved.problem.detail ?? saved.problem.title),
        'error',
      );
      return redirectTo(reply, ctx.href(`${TARGETS}#period-${period.id}`));
    }
    setFlash(reply, ctx.t.programme.targetsSaved(period.name));
    return redirectTo(reply, ctx.href(`${TARGETS}#period-${period.id}`));
  });
}

const yearsOf = (period: { startYear: number; endYear: number }) =>
  Array.from({ length: period.endYear - period.startYear + 1 }, (_, index) => period.startYear + index);

function Dashboard({ ctx, statistics }: { ctx: PageContext; statistics: StatisticsDto }) {
  const t = ctx.t.programme;
  const { year } = statistics;
  const years = Array.from({ length: thisYearVn() - FIRST_YEAR + 1 }, (_, index) => thisYearVn() - index);
  const isAdmin = staffRoleOf(ctx) === 'admin';
  const broken = statistics.indicators.filter((one) => one.byWard.length > 0 || one.bySector.length > 0);
  return (
    <ConsoleDocument ctx={ctx} active="programme" title={t.title(year)}>
      <p class="lead">{t.intro}</p>
      <p>{statistics.period ? t.period(statistics.period.name) : t.noPeriod}</p>
      <form method="get" action={ctx.href(DASHBOARD)} class="filter-bar">
        <SelectField
          name="year"
          label={t.yearLabel}
          value={String(year)}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <button type="submit" class="button">
          {t.show}
        </button>
        <a class="button button-secondary" href={ctx.href(withQuery(`${DASHBOARD}/excel`, { year: String(year) }))} data-export>
          {t.download}
        </a>
        {isAdmin ? <a href={ctx.href(TARGETS)}>{t.targetsLink}</a> : null}
      </form>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls sideways, and a keyboard scrolls only what takes focus */}
      <section class="table-scroll" tabIndex={0} aria-label={t.caption(year)}>
        <table class="data-table programme-table" data-year={year}>
          <caption>{t.caption(year)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.indicator}</th>
              <th scope="col" class="numeric">
                {t.columns.value}
              </th>
              <th scope="col" class="numeric">
                {t.columns.target}
              </th>
              <th scope="col">{t.columns.chart}</th>
              <th scope="col">{t.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {statistics.indicators.map((one) => {
              const verdict = assessment(ctx, one);
              const name = ctx.locale === 'en' ? one.nameEn : one.name;
              return (
                <tr data-indicator={one.code}>
                  <th scope="row">
                    {name}
                    <br />
                    <span class="muted">
                      {t.measures[one.measuredBy]}: {ctx.locale === 'en' ? one.howEn : one.how}
                      {one.source ? ` ${t.source(one.source)}` : ''}
                    </span>
                  </th>
                  <td class="numeric" data-value={one.value ?? ''}>
                    {figureText(ctx, one, one.value)}
                    {one.numerator !== null && one.unit === 'percent' ? (
                      <>
                        <br />
                        <span class="muted">{t.ofWhich(one.numerator, one.denominator)}</span>
                      </>
                    ) : null}
                  </td>
                  <td class="numeric" data-target={one.target ?? ''}>
                    {figureText(ctx, one, one.target)}
                  </td>
                  <td>
                    {one.target !== null ? (
                      <ProgressChart
                        value={one.value}
                        target={one.target}
                        max={chartMax(one)}
                        isMet={one.isMet}
                        label={t.chartLabel(name, figureText(ctx, one, one.value), figureText(ctx, one, one.target))}
                      />
                    ) : null}
                  </td>
                  <td>
                    <span class={`status status-programme-${verdict.key}`} data-status={verdict.key}>
                      {verdict.text}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <h2>{t.breakdownTitle}</h2>
      {broken.map((one) => (
        <details class="programme-breakdown" data-breakdown={one.code}>
          <summary>{ctx.locale === 'en' ? one.nameEn : one.name}</summary>
          {(['byWard', 'bySector'] as const).map((by) => (
            <section class="programme-groups" data-by={by}>
              <h3>{by === 'byWard' ? t.byWard : t.bySector}</h3>
              <GroupBars groups={one[by]} label={t.groupsLabel(one.name, by === 'byWard' ? t.byWard : t.bySector)} />
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t.groupColumns.group}</th>
                    <th scope="col" class="numeric">
                      {t.groupColumns.count}
                    </th>
                    {one[by].some((group) => group.total !== null) ? (
                      <th scope="col" class="numeric">
                        {t.groupColumns.total}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {one[by].map((group) => (
                    <tr data-group={group.key}>
                      <th scope="row">{group.label}</th>
                      <td class="numeric">{group.count.toLocaleString('vi-VN')}</td>
                      {group.total !== null ? <td class="numeric">{group.total.toLocaleString('vi-VN')}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </details>
      ))}
      {isAdmin ? (
        <section id="figure-form" aria-labelledby="figure-title">
          <h2 id="figure-title">{t.figureTitle}</h2>
          <p class="muted">{t.figureIntro}</p>
          <form method="post" action={ctx.href(`${DASHBOARD}/so-lieu`)} class="work-form">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="year" value={String(year)} />
            <SelectField
              name="indicator"
              label={t.figureIndicator}
              value=""
              options={ENTERED.map((one) => ({ value: one.code, label: ctx.locale === 'en' ? one.en : one.vi }))}
            />
            <TextField name="value" label={t.figureValue} inputMode="decimal" required maxLength={20} />
            <TextField name="source" label={t.figureSource} required maxLength={500} />
            <button type="submit" class="button" data-save-figure>
              {t.figureSave}
            </button>
          </form>
        </section>
      ) : null}
    </ConsoleDocument>
  );
}

function TargetsPage({ ctx, periods }: { ctx: PageContext; periods: PeriodDto[] }) {
  const t = ctx.t.programme;
  const targeted = INDICATORS.filter((one) => one.measuredBy !== 'reference');
  return (
    <ConsoleDocument ctx={ctx} active="programme" title={t.targetsTitle}>
      <p>{t.targetsIntro}</p>
      <p>
        <a href={ctx.href(DASHBOARD)}>{t.back}</a>
      </p>
      {periods.map((period) => {
        const years = yearsOf(period);
        const targetOf = (indicator: string, year: number) =>
          period.targets.find((target) => target.indicator === indicator && (target.year ?? 0) === year)?.value;
        return (
          <section id={`period-${period.id}`} aria-labelledby={`period-title-${period.id}`} data-period={period.id}>
            <h2 id={`period-title-${period.id}`}>{period.name}</h2>
            {period.note ? <p class="muted">{period.note}</p> : null}
            <form method="post" action={ctx.href(`${TARGETS}/${period.id}`)} class="work-form">
              <CsrfField ctx={ctx} />
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: as the dashboard's table, the region scrolls by keyboard */}
              <section class="table-scroll" tabIndex={0} aria-label={period.name}>
                <table class="data-table targets-table">
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.indicator}</th>
                      <th scope="col">{t.wholePeriod}</th>
                      {years.map((year) => (
                        <th scope="col">{year}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {targeted.map((indicator) => (
                      <tr>
                        <th scope="row" id={`label-${period.id}-${indicator.code}`}>
                          {ctx.locale === 'en' ? indicator.en : indicator.vi}
                          {indicator.unit === 'percent' ? ' (%)' : ''}
                        </th>
                        {[0, ...years].map((year) => (
                          <td>
                            <input
                              type="text"
                              inputMode="decimal"
                              size={6}
                              maxLength={12}
                              name={`t.${indicator.code}.${year}`}
                              value={targetOf(indicator.code, year)?.toString() ?? ''}
                              aria-label={`${ctx.locale === 'en' ? indicator.en : indicator.vi} — ${year === 0 ? t.wholePeriod : year}`}
                            />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <button type="submit" class="button" data-save-targets>
                {t.saveTargets}
              </button>
            </form>
          </section>
        );
      })}
    </ConsoleDocument>
  );
}
