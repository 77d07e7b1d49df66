import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

/** Enterprises reads no variable of its own yet (the public address and the signing secret are the core's). */
export const EnterprisesEnvSchema = Type.Object({});

export interface EnterprisesSettings {
  /** How long an invitation link to join an enterprise stays valid. */
  invitationTtlDays: number;
}

export const enterprisesSettings = settingsPart({
  env: EnterprisesEnvSchema,
  settings: (): EnterprisesSettings => ({ invitationTtlDays: 7 }),
});
