import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

/** Events the programme writes to its outbox. */
export const ProgrammeEvents = {
  /** The mailing schedule claimed an invitation to a survey round: its first invitation or a reminder is mailed. */
  surveyInvitationDue: defineEvent('programme.survey-invitation.due', {
    invitationId: Type.String({ format: 'uuid' }),
    roundId: Type.String({ format: 'uuid' }),
    /** 1 for the invitation, 2 and more for reminders. */
    mailNumber: Type.Integer({ minimum: 1 }),
  }),
  /** A support application was made or moved on (more information asked, answered, approved, rejected, paid): its applicant is mailed. */
  supportApplicationChanged: defineEvent('programme.support-application.changed', {
    applicationId: Type.String({ format: 'uuid' }),
    historyId: Type.String({ format: 'uuid' }),
  }),
  /** Someone registered for a training or event: they are mailed the confirmation with the calendar entry. */
  registrationCreated: defineEvent('programme.registration.created', {
    registrationId: Type.String({ format: 'uuid' }),
    eventId: Type.String({ format: 'uuid' }),
  }),
  /** Staff recorded that someone attended: they are mailed their certificate of attendance. */
  attendanceRecorded: defineEvent('programme.attendance.recorded', {
    registrationId: Type.String({ format: 'uuid' }),
    eventId: Type.String({ format: 'uuid' }),
  }),
};
