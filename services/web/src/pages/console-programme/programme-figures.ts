import type { IndicatorStatisticDto } from '@tradeqn/programme/contract';
import { vnYearOf } from '@tradeqn/vn';
import type { PageContext } from '../../http/page-context.ts';

const number = (ctx: PageContext, value: number) =>
  value.toLocaleString(ctx.locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });

/** `20 %`, `1.000`: a figure as a reader expects it, or the words for "no figure". */
export function figureText(ctx: PageContext, one: Pick<IndicatorStatisticDto, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  return one.unit === 'percent' ? `${number(ctx, value)} %` : number(ctx, value);
}

/** What the assessment column says: met, not met, or why it cannot say. */
export function assessment(ctx: PageContext, one: IndicatorStatisticDto): { key: string; text: string } {
  const t = ctx.t.programme;
  if (one.value === null) {
    // a share of the province's enterprises waits for their count; a share of nothing (no order yet) has no figure
    return one.measuredBy === 'platform' && one.numerator !== null && one.denominator === null
      ? { key: 'needs-denominator', text: t.needsDenominator }
      : { key: 'no-data', text: t.noData };
  }
  if (one.target === null) return { key: 'no-target', text: t.noTarget };
  return one.isMet ? { key: 'met', text: t.met } : { key: 'not-met', text: t.notMet };
}

/** The chart's scale: a percentage runs to 100, a count to the larger of figure and target. */
export const chartMax = (one: IndicatorStatisticDto) =>
  one.unit === 'percent' ? 100 : Math.max(one.value ?? 0, one.target ?? 0, 1);

export const thisYearVn = () => vnYearOf(new Date());

/** The year a page asks for (`?year=`), within the programme's years, else this year. */
export function yearOf(query: unknown, first = 2016): number {
  const asked = Number((query as { year?: unknown } | undefined)?.year);
  return Number.isInteger(asked) && asked >= first && asked <= thisYearVn() ? asked : thisYearVn();
}
