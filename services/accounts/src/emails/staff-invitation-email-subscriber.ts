import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import type { PasswordService } from '../auth/password-service.ts';
import { AccountsEvents } from '../contract/index.ts';
import { staffInvitationEmail } from './staff-invitation-email.ts';

/**
 * Mails a new staff member the link to choose a password: the password-reset link, made here
 * inside the job's transaction (never stored), so it is single-use like any reset link.
 */
export function staffInvitationEmailSubscriber(deps: {
  passwords: Pick<PasswordService, 'issueResetToken'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  validMinutes: number;
}): Subscriber {
  return defineSubscriber({
    name: 'accounts.send-staff-invitation-email',
    events: [AccountsEvents.staffAccountCreated],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      const issued = await deps.passwords.issueResetToken(tx, event.payload.userId);
      if (!issued) return;
      const link = new URL('/dat-lai-mat-khau', deps.publicUrl);
      link.searchParams.set('token', issued.token);
      const message = staffInvitationEmail({
        fullName: issued.user.fullName,
        email: issued.user.email,
        role: event.payload.role,
        link: link.toString(),
        validMinutes: deps.validMinutes,
      });
      await deps.mailer.send({ to: issued.user.email, ...message, messageId: `staff-invitation.${event.id}` });
    },
  });
}
