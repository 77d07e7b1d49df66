import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import type { AuthService } from '../auth/auth-service.ts';
import { AccountsEvents } from '../contract/index.ts';
import { verificationEmail } from './verification-email.ts';

/**
 * Sends the verification link after a registration or a request for a new link. The token is
 * made here, inside the job's transaction, so it never sits in the outbox in clear.
 */
export function verificationEmailSubscriber(deps: {
  auth: Pick<AuthService, 'issueVerificationToken'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  validHours: number;
}): Subscriber {
  return defineSubscriber({
    name: 'accounts.send-verification-email',
    events: [AccountsEvents.userRegistered, AccountsEvents.verificationRequested],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      const issued = await deps.auth.issueVerificationToken(tx, event.payload.userId);
      if (!issued) return;
      const link = new URL('/verify-email', deps.publicUrl);
      link.searchParams.set('token', issued.token);
      const message = verificationEmail({ fullName: issued.user.fullName, link: link.toString(), validHours: deps.validHours });
      await deps.mailer.send({ to: issued.user.email, ...message, messageId: `verify.${event.id}` });
    },
  });
}
