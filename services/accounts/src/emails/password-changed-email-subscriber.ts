import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import { AccountsEvents } from '../contract/index.ts';
import { createUserRepository } from '../users/user-repository.ts';
import { passwordChangedEmail } from './password-changed-email.ts';

/** Tells the person their password changed (by a reset link or while signed in), with the way back if it was not them. */
export function passwordChangedEmailSubscriber(deps: { mailer: Mailer; inbox: InboxTable; publicUrl: string }): Subscriber {
  const users = createUserRepository();
  return defineSubscriber({
    name: 'accounts.send-password-changed-email',
    events: [AccountsEvents.passwordChanged],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      // read in the job's transaction: the embedded database has one connection
      const user = await users.findById(tx, event.payload.userId);
      if (!user) return;
      const resetUrl = new URL('/quen-mat-khau', deps.publicUrl).toString();
      const message = passwordChangedEmail({ fullName: user.fullName, how: event.payload.how, resetUrl });
      await deps.mailer.send({ to: user.email, ...message, messageId: `password-changed.${event.id}` });
    },
  });
}
