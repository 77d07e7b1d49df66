import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import type { PasswordService } from '../auth/password-service.ts';
import { AccountsEvents } from '../contract/index.ts';
import { passwordResetEmail } from './password-reset-email.ts';

/**
 * Sends the password-reset link. The token is made here, inside the job's transaction, so it
 * never sits in the outbox in clear, and it fingerprints the password as it is when mailed.
 */
export function passwordResetEmailSubscriber(deps: {
  passwords: Pick<PasswordService, 'issueResetToken'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  validMinutes: number;
}): Subscriber {
  return defineSubscriber({
    name: 'accounts.send-password-reset-email',
    events: [AccountsEvents.passwordResetRequested],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      const issued = await deps.passwords.issueResetToken(tx, event.payload.userId);
      if (!issued) return;
      const link = new URL('/dat-lai-mat-khau', deps.publicUrl);
      link.searchParams.set('token', issued.token);
      const message = passwordResetEmail({
        fullName: issued.user.fullName,
        link: link.toString(),
        validMinutes: deps.validMinutes,
      });
      await deps.mailer.send({ to: issued.user.email, ...message, messageId: `password-reset.${event.id}` });
    },
  });
}
