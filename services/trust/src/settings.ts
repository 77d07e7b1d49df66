import { settingsPart } from '@tradeqn/runtime';
import { isCalendarDate } from '@tradeqn/vn';
import { Type } from 'typebox';

/** What trust reads from the environment. */
export const TrustEnvSchema = Type.Object({
  TAKEDOWN_ALERT_EMAILS: Type.String({
    default: '',
    maxLength: 2000,
    description:
      'who is mailed when an authority’s takedown request is still open after 12 and 20 hours (comma-separated; empty: ADMIN_EMAIL)',
  }),
  REPORTS_PER_HOUR: Type.Integer({
    minimum: 1,
    maximum: 10_000,
    default: 10,
    description: 'reports of listings and enterprises one address (or one account) may send an hour',
  }),
  PUBLIC_HOLIDAYS: Type.String({
    default: '',
    maxLength: 4000,
    description:
      'public holidays beyond 1/1, 30/4, 1/5 and 2/9 (Tết, Giỗ Tổ, the day beside National Day: YYYY-MM-DD, comma-separated), for the 5 working days of notice before a policy changes',
  }),
});

export interface TrustSettings {
  takedowns: {
    /** Staff mailed at 12 and 20 hours; empty, the first admin (ADMIN_EMAIL) is. */
    alertEmails: string[];
    /** The law's time to act, from receipt. */
    deadlineMs: number;
    /** How often a worker looks for requests to escalate. */
    checkEveryMs: number;
  };
  reports: {
    perHour: number;
  };
  policies: {
    /** Dates that are not working days although Monday to Friday. */
    holidays: ReadonlySet<string>;
  };
}

const listOf = (value: string) =>
  value
    .split(',')
    .map((one) => one.trim())
    .filter(Boolean);

const alertEmailsOf = (value: string) =>
  value
    .split(',')
    .map((one) => one.trim())
    .filter(Boolean);

export const trustSettings = settingsPart({
  env: TrustEnvSchema,
  problems: (env) => [
    ...(alertEmailsOf(env.TAKEDOWN_ALERT_EMAILS).some((one) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(one))
      ? ['TAKEDOWN_ALERT_EMAILS: must be e-mail addresses separated by commas']
      : []),
    ...(listOf(env.PUBLIC_HOLIDAYS).some((one) => !isCalendarDate(one))
      ? ['PUBLIC_HOLIDAYS: must be dates YYYY-MM-DD separated by commas']
      : []),
  ],
  settings: (env): TrustSettings => ({
    takedowns: {
      alertEmails: alertEmailsOf(env.TAKEDOWN_ALERT_EMAILS),
      deadlineMs: 24 * 3600_000,
      checkEveryMs: 60_000,
    },
    reports: { perHour: env.REPORTS_PER_HOUR },
    policies: { holidays: new Set(listOf(env.PUBLIC_HOLIDAYS)) },
  }),
});
