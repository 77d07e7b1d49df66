import { isExampleValue, settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

export const EnterprisesEnvSchema = Type.Object({
  /** 32 bytes as 64 hexadecimal characters: encrypts individual sellers' citizen ID numbers at rest (AES-256-GCM). */
  CITIZEN_ID_ENCRYPTION_KEY: Type.Optional(
    Type.String({ minLength: 1, description: '64 hexadecimal characters (32 bytes): openssl rand -hex 32' }),
  ),
});

export interface EnterprisesSettings {
  /** How long an invitation link to join an enterprise stays valid. */
  invitationTtlDays: number;
  /**
   * The key of individual sellers' citizen IDs (32 bytes); absent in embedded mode, where the
   * module derives one from the platform's secret (production refuses to start without it).
   */
  citizenIdKey: Buffer | undefined;
}

export const enterprisesSettings = settingsPart({
  env: EnterprisesEnvSchema,
  problems(env, { isProduction }) {
    const key = env.CITIZEN_ID_ENCRYPTION_KEY;
    const problems: string[] = [];
    if (isProduction && !key) problems.push('CITIZEN_ID_ENCRYPTION_KEY: required in production (when DATABASE_URL is set)');
    // an example value is reported as such by the platform
    if (key && !isExampleValue(key) && !/^[0-9a-fA-F]{64}$/.test(key)) {
      problems.push('CITIZEN_ID_ENCRYPTION_KEY: must be 64 hexadecimal characters (32 bytes; openssl rand -hex 32)');
    }
    return problems;
  },
  settings: (env): EnterprisesSettings => ({
    invitationTtlDays: 7,
    citizenIdKey: env.CITIZEN_ID_ENCRYPTION_KEY ? Buffer.from(env.CITIZEN_ID_ENCRYPTION_KEY, 'hex') : undefined,
  }),
});
