import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import { TrustEvents } from '../contract/index.ts';
import { isErasedAddress } from '../reports/reporter-privacy.ts';
import { breachEscalationEmail, escalationEmail, removalEmail, reportOutcomeEmail } from './trust-emails.ts';

interface Deps {
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  enterprises: Pick<EnterprisesApi, 'listOwners'>;
  /** Who is reminded of open takedown requests. */
  alertEmails: string[];
}

/**
 * Trust's e-mails, each sent once in effect: the inbox marks the event handled after the run, and
 * the Message-ID derives from the event, so a run again after a crash in between is recognisably
 * the same message. No transaction is held while they run: the owners are read through
 * enterprises' own connection (on PGlite's one connection a read from inside a transaction
 * would wait forever).
 */
export function trustEmailSubscribers(deps: Deps): Subscriber[] {
  const url = (path: string) => new URL(path, deps.publicUrl).toString();
  return [
    defineSubscriber({
      name: 'trust.send-escalation-email',
      events: [TrustEvents.takedownEscalated],
      inbox: deps.inbox,
      async run(event) {
        const message = escalationEmail(event.payload, url(`/quan-tri/go-bo/${event.payload.takedownId}`));
        for (const to of deps.alertEmails) {
          await deps.mailer.send({ to, ...message, messageId: `takedown-escalation.${event.id}.${to}` });
        }
      },
    }),
    defineSubscriber({
      name: 'trust.send-breach-escalation-email',
      events: [TrustEvents.breachEscalated],
      inbox: deps.inbox,
      async run(event) {
        const message = breachEscalationEmail(event.payload, url(`/quan-tri/su-co-du-lieu/${event.payload.breachId}`));
        for (const to of deps.alertEmails) {
          await deps.mailer.send({ to, ...message, messageId: `breach-escalation.${event.id}.${to}` });
        }
      },
    }),
    defineSubscriber({
      name: 'trust.send-removal-email',
      events: [TrustEvents.targetRemoved],
      inbox: deps.inbox,
      async run(event) {
        const { payload } = event;
        // the workspace, where the owner sees the listing's status and reason, or the enterprise's profile
        const link = url(
          payload.targetKind === 'listing'
            ? `/kenh-nguoi-ban/${payload.enterpriseId}/san-pham`
            : `/kenh-nguoi-ban/${payload.enterpriseId}/ho-so`,
        );
        for (const owner of await deps.enterprises.listOwners(payload.enterpriseId)) {
          const message = removalEmail(payload, owner.fullName, link);
          await deps.mailer.send({ to: owner.email, ...message, messageId: `trust-removal.${event.id}.${owner.userId}` });
        }
      },
    }),
    defineSubscriber({
      name: 'trust.send-report-outcome-email',
      events: [TrustEvents.reportResolved],
      inbox: deps.inbox,
      async run(event) {
        // a reporter who deleted their account left no address to write to
        if (isErasedAddress(event.payload.reporterEmail)) return;
        const message = reportOutcomeEmail(event.payload);
        await deps.mailer.send({ to: event.payload.reporterEmail, ...message, messageId: `report-outcome.${event.id}` });
      },
    }),
  ];
}
