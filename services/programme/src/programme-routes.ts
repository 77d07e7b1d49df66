import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import { INDICATORS } from './contract/indicators.ts';
import type { FigureService } from './figures/figure-service.ts';
import type { PeriodService } from './periods/period-service.ts';
import {
  FigureBody,
  IndicatorCodeParam,
  IndicatorStatisticSchema,
  NewPeriodBody,
  PeriodSchema,
  StatisticsSchema,
  TargetsBody,
  Year,
  YearQuery,
} from './statistics/statistics-schemas.ts';
import type { StatisticsService } from './statistics/statistics-service.ts';

const tags = ['programme'];
const adminTags = ['admin', 'programme'];
const security = [{ bearerAuth: [] }];

/** The programme's indicators, targets and statistics: public headline figures, staff's dashboard and editing. */
export function programmeRoutes(deps: { periods: PeriodService; figures: FigureService; statistics: StatisticsService }) {
  const staff = requireRole('admin', 'moderator');
  const admin = requireRole('admin');
  return async (app: App) => {
    app.addSchema(IndicatorStatisticSchema);
    app.addSchema(PeriodSchema);

    app.get(
      '/programme/indicators',
      {
        schema: {
          tags,
          summary: 'Các chỉ tiêu của Chương trình phát triển TMĐT và cách đo từng chỉ tiêu',
          response: {
            200: Type.Array(
              Type.Object({
                code: Type.String(),
                vi: Type.String(),
                en: Type.String(),
                unit: Type.String(),
                measuredBy: Type.String(),
                howVi: Type.String(),
                howEn: Type.String(),
              }),
            ),
          },
        },
      },
      async () => [...INDICATORS],
    );

    app.get(
      '/programme/statistics',
      {
        schema: {
          tags,
          summary: 'Số liệu chính của một năm so với chỉ tiêu (công khai, không chia theo địa bàn)',
          querystring: YearQuery,
          response: { 200: StatisticsSchema, ...problemResponses(400) },
        },
      },
      async (request) => {
        const all = await deps.statistics.ofYear(request.query.year);
        return { ...all, indicators: all.indicators.map((one) => ({ ...one, byWard: [], bySector: [] })) };
      },
    );

    app.get(
      '/admin/programme/statistics',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Bảng theo dõi chỉ tiêu của một năm, chia theo phường/xã và ngành hàng (cán bộ Sở)',
          security,
          querystring: YearQuery,
          response: { 200: StatisticsSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => deps.statistics.ofYear(request.query.year),
    );

    app.get(
      '/admin/programme/periods',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Các giai đoạn của chương trình và chỉ tiêu của từng giai đoạn',
          security,
          response: { 200: Type.Array(Type.Ref('ProgrammePeriod')), ...problemResponses(401, 403) },
        },
      },
      async () => deps.periods.list(),
    );

    app.post(
      '/admin/programme/periods',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Thêm một giai đoạn (admins)',
          security,
          body: NewPeriodBody,
          response: { 201: Type.Ref('ProgrammePeriod'), ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return deps.periods.create(principalOf(request), request.body);
      },
    );

    app.put(
      '/admin/programme/periods/:id/targets',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Đặt toàn bộ chỉ tiêu của một giai đoạn, cho cả giai đoạn hoặc từng năm (admins)',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: TargetsBody,
          response: { 200: Type.Ref('ProgrammePeriod'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => deps.periods.setTargets(principalOf(request), request.params.id, request.body.targets),
    );

    app.put(
      '/admin/programme/figures/:indicator/:year',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Ghi số liệu của một năm cho chỉ tiêu Sàn không tự đo (khảo sát, số liệu tham chiếu) (admins)',
          security,
          params: Type.Object({ indicator: IndicatorCodeParam, year: Year }),
          body: FigureBody,
          response: {
            200: Type.Object({
              indicator: Type.String(),
              year: Type.Integer(),
              value: Type.Number(),
              source: Type.String(),
              recordedBy: Type.String(),
              recordedAt: Type.String({ format: 'date-time' }),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => deps.figures.record(principalOf(request), request.params.indicator, request.params.year, request.body),
    );
  };
}
