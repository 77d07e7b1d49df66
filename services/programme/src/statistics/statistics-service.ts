import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OrderingApi } from '@tradeqn/ordering/contract';
import { vnYearRange } from '@tradeqn/vn';
import { INDICATORS } from '../contract/indicators.ts';
import type { FigureService } from '../figures/figure-service.ts';
import type { PeriodService } from '../periods/period-service.ts';
import type { SurveyService } from '../survey/survey-service.ts';
import type { TrainingService } from '../training/training-service.ts';
import { measurePlatform, percent } from './indicator-values.ts';
import type { IndicatorStatisticDto, StatisticsDto } from './statistics-schemas.ts';

export interface StatisticsDeps {
  periods: PeriodService;
  figures: FigureService;
  enterprises: Pick<EnterprisesApi, 'statisticsFacts'>;
  catalog: Pick<CatalogApi, 'liveListingCounts'>;
  ordering: Pick<OrderingApi, 'paymentMethodCounts'>;
  training: Pick<TrainingService, 'attendance'>;
  survey: Pick<SurveyService, 'indicatorsOfYear'>;
}

/**
 * Each indicator of a year against its target: the exchange's own figures computed from the
 * services that hold the data (at the end of the year, in Việt Nam time), the survey's from the
 * answers to the year's rounds, the others as staff recorded them (also a survey's, when the
 * year has no answer on the exchange). Shares of the province's enterprises take the reference figure as denominator.
 */
export function createStatisticsService(deps: StatisticsDeps) {
  return {
    async ofYear(year: number): Promise<StatisticsDto> {
      const range = vnYearRange(year);
      const [sellers, listings, orders, figures, period, studentsAttended, surveyed] = await Promise.all([
        deps.enterprises.statisticsFacts(range.to),
        deps.catalog.liveListingCounts(range.to),
        deps.ordering.paymentMethodCounts(range),
        deps.figures.ofYear(year),
        deps.periods.periodOf(year),
        deps.training.attendance(year, 'students'),
        deps.survey.indicatorsOfYear(year),
      ]);
      const measured = measurePlatform({ sellers, listings, orders });
      const provinceEnterprises = figures.get('province_enterprises')?.value ?? null;
      const targetOf = (code: string) => {
        const own = period?.targets.filter((target) => target.indicator === code);
        return own?.find((target) => target.year === year)?.value ?? own?.find((target) => target.year === null)?.value ?? null;
      };
      const indicators = INDICATORS.map((indicator): IndicatorStatisticDto => {
        const platform = measured[indicator.code];
        const figure = figures.get(indicator.code);
        const answered = surveyed.results.get(indicator.code);
        let value: number | null;
        let numerator: number | null = null;
        let denominator: number | null = null;
        if (platform) {
          numerator = platform.numerator;
          denominator = platform.denominator ?? (indicator.unit === 'percent' ? provinceEnterprises : null);
          value = indicator.unit === 'percent' ? percent(numerator, denominator) : numerator;
        } else if (answered) {
          numerator = answered.numerator;
          denominator = answered.denominator;
          value = answered.value;
        } else if (indicator.measuredBy === 'training') {
          // attendance at the exchange's own courses, and what staff recorded of courses held elsewhere
          value = studentsAttended + (figure?.value ?? 0);
        } else {
          value = figure?.value ?? null;
        }
        const target = targetOf(indicator.code);
        return {
          code: indicator.code,
          name: indicator.vi,
          nameEn: indicator.en,
          unit: indicator.unit,
          measuredBy: indicator.measuredBy,
          how: indicator.howVi,
          howEn: indicator.howEn,
          value,
          numerator,
          denominator,
          target,
          isMet: value === null || target === null ? null : value >= target,
          source: platform ? null : answered ? surveySource(surveyed.rounds, answered.denominator) : (figure?.source ?? null),
          byWard: platform?.byWard ?? answered?.byWard ?? [],
          bySector: platform?.bySector ?? answered?.bySector ?? [],
        };
      });
      return { year, period: period ? { id: period.id, name: period.name } : null, indicators };
    },
  };
}

const surveySource = (rounds: string[], answers: number) => `${rounds.join('; ')} (${answers} doanh nghiệp trả lời)`;

export type StatisticsService = ReturnType<typeof createStatisticsService>;
