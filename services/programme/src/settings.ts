import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

/** The programme reads no variable of its own yet. */
export const ProgrammeEnvSchema = Type.Object({});

/** Nothing to set yet; the slice exists so that the programme's first variable has its place. */
export interface ProgrammeSettings {
  readonly none?: undefined;
}

export const programmeSettings = settingsPart({
  env: ProgrammeEnvSchema,
  settings: (): ProgrammeSettings => ({}),
});
