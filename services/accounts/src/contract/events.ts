import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

const userId = Type.String({ format: 'uuid' });

/** Events accounts writes to its outbox. */
export const AccountsEvents = {
  /** A person registered (the verification e-mail follows from it). */
  userRegistered: defineEvent('accounts.user.registered', { userId, email: Type.String(), fullName: Type.String() }),
  /** A person asked for a new verification link. */
  verificationRequested: defineEvent('accounts.email-verification.requested', { userId }),
  /** A person asked for a password-reset link (the e-mail follows from it; the link is made when it is sent). */
  passwordResetRequested: defineEvent('accounts.password-reset.requested', { userId }),
  /** A person's password was replaced, through a reset link or by them while signed in; their other sessions ended. */
  passwordChanged: defineEvent('accounts.user.password-changed', {
    userId,
    how: Type.Union([Type.Literal('reset'), Type.Literal('change')]),
  }),
  /** An admin created a staff account; its owner is mailed a link to choose a password. */
  staffAccountCreated: defineEvent('accounts.staff-account.created', {
    userId,
    role: Type.Union([Type.Literal('admin'), Type.Literal('moderator')]),
  }),
  /** A person gave or withdrew consent for one purpose (`account`, `marketing`, `tracking`). */
  consentChanged: defineEvent('accounts.consent.changed', {
    userId,
    purpose: Type.String(),
    isGranted: Type.Boolean(),
    wordingVersion: Type.String(),
  }),
  /**
   * A person deleted their account: accounts has already de-identified it; each service now
   * removes or de-identifies what it holds of them, keeping only what accounting and tax law ask
   * for. `email` is the address they had, for the services that keep people by address.
   */
  userErased: defineEvent('accounts.user.erased', { userId, email: Type.String() }),
  /** Staff answered a person's request about their data; the person is mailed the answer. */
  dataRequestAnswered: defineEvent('accounts.data-request.answered', { userId, requestId: Type.String({ format: 'uuid' }) }),
  /** A person confirmed their e-mail. */
  emailVerified: defineEvent('accounts.user.email-verified', { userId }),
};
