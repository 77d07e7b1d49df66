import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { INDICATOR_CODES, MEASURES } from '../contract/indicators.ts';

export const IndicatorCodeParam = StringEnum(INDICATOR_CODES, { description: 'mã chỉ tiêu' });
export const Year = Type.Integer({ minimum: 2000, maximum: 2100, examples: [2026] });

const Group = Type.Object({
  key: Type.String({ description: 'mã phường/xã, hoặc ngành hàng' }),
  label: Type.String(),
  count: Type.Integer({ description: 'số doanh nghiệp (hoặc số đơn) của nhóm' }),
  total: Nullable(Type.Integer({ description: 'mẫu số của nhóm, khi chỉ tiêu là tỷ lệ trong Sàn' })),
});

export const IndicatorStatisticSchema = Type.Object(
  {
    code: IndicatorCodeParam,
    name: Type.String(),
    nameEn: Type.String(),
    unit: StringEnum(['percent', 'count'] as const),
    measuredBy: StringEnum(MEASURES),
    how: Type.String(),
    howEn: Type.String(),
    value: Nullable(Type.Number({ description: 'tỷ lệ % (1 chữ số thập phân) hoặc số đếm; null khi chưa có số liệu' })),
    numerator: Nullable(Type.Integer()),
    denominator: Nullable(Type.Integer()),
    target: Nullable(Type.Number()),
    isMet: Nullable(Type.Boolean({ description: 'đã đạt chỉ tiêu; null khi thiếu số liệu hoặc chỉ tiêu' })),
    source: Nullable(Type.String({ description: 'nguồn của số liệu nhập tay' })),
    byWard: Type.Array(Group),
    bySector: Type.Array(Group),
  },
  { $id: 'IndicatorStatistic' },
);
export type IndicatorStatisticDto = Static<typeof IndicatorStatisticSchema>;

export const StatisticsSchema = Type.Object({
  year: Type.Integer(),
  period: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() })),
  indicators: Type.Array(Type.Ref('IndicatorStatistic')),
});
export type StatisticsDto = Omit<Static<typeof StatisticsSchema>, 'indicators'> & { indicators: IndicatorStatisticDto[] };

export const PeriodSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    startYear: Type.Integer(),
    endYear: Type.Integer(),
    note: Nullable(Type.String()),
    targets: Type.Array(
      Type.Object({
        indicator: IndicatorCodeParam,
        year: Nullable(Type.Integer({ description: 'null: cả giai đoạn' })),
        value: Type.Number(),
      }),
    ),
  },
  { $id: 'ProgrammePeriod' },
);
export type PeriodDto = Static<typeof PeriodSchema>;

export const NewPeriodBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', examples: ['Giai đoạn 2031–2035'] }),
    startYear: Year,
    endYear: Year,
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const TargetsBody = Type.Object(
  {
    targets: Type.Array(
      Type.Object(
        {
          indicator: IndicatorCodeParam,
          year: Type.Optional(Nullable(Year)),
          value: Type.Number({ minimum: 0, maximum: 1_000_000_000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 500, description: 'thay toàn bộ chỉ tiêu của giai đoạn' },
    ),
  },
  { additionalProperties: false },
);

export const FigureBody = Type.Object(
  {
    value: Type.Number({ minimum: 0, maximum: 1_000_000_000 }),
    source: Type.String({
      minLength: 1,
      maxLength: 500,
      pattern: '\\S',
      examples: ['Kết quả khảo sát năm 2026 của Sở Công Thương'],
    }),
  },
  { additionalProperties: false },
);

export const YearQuery = Type.Object({ year: Year }, { additionalProperties: false });
