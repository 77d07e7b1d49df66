import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import { EnterprisesEvents } from '../contract/index.ts';
import type { MemberService } from '../members/member-service.ts';
import { type DecisionStatus, decisionEmail, invitationEmail } from './enterprise-emails.ts';

interface Deps {
  members: Pick<MemberService, 'owners' | 'issueInvitationToken'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  invitationTtlDays: number;
}

const { approved, rejected, suspended, reinstated } = EnterprisesEvents;
const decisionOf = {
  [approved.name]: 'approved',
  [rejected.name]: 'rejected',
  [suspended.name]: 'suspended',
  [reinstated.name]: 'reinstated',
} satisfies Record<string, DecisionStatus>;

/** Each verification decision is mailed to every owner of the enterprise. */
export function decisionEmailSubscriber(deps: Deps): Subscriber {
  return defineSubscriber({
    name: 'enterprises.send-decision-email',
    events: [approved, rejected, suspended, reinstated],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      const decision = decisionOf[event.type];
      const { payload } = event;
      const link = new URL(`/doanh-nghiep/${payload.slug}`, deps.publicUrl).toString();
      for (const owner of await deps.members.owners(tx, payload.enterpriseId)) {
        const message = decisionEmail({
          decision,
          ownerName: owner.fullName,
          enterpriseName: payload.name,
          reason: payload.reason,
          link,
        });
        await deps.mailer.send({ to: owner.email, ...message, messageId: `decision.${event.id}.${owner.userId}` });
      }
    },
  });
}

/** The invitation link is made here, in the job's transaction, so no token sits in the outbox. */
export function invitationEmailSubscriber(deps: Deps): Subscriber {
  return defineSubscriber({
    name: 'enterprises.send-invitation-email',
    events: [EnterprisesEvents.invitationCreated],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      const issued = await deps.members.issueInvitationToken(tx, event.payload.invitationId);
      if (!issued) return;
      const link = new URL('/invitations/accept', deps.publicUrl);
      link.searchParams.set('token', issued.token);
      const message = invitationEmail({
        enterpriseName: issued.enterprise.name,
        role: issued.invitation.role,
        link: link.toString(),
        validDays: deps.invitationTtlDays,
      });
      await deps.mailer.send({ to: issued.invitation.email, ...message, messageId: `invitation.${event.id}` });
    },
  });
}
