import { Type } from 'typebox';

/** `?year=2026`: the year a staff report covers (the exchange's records begin with the programme, in 2016). */
export const ReportYearQuery = Type.Object(
  { year: Type.Integer({ minimum: 2016, maximum: 2100, examples: [2026] }) },
  { additionalProperties: false },
);
