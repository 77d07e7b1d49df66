import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

/** Events the programme writes to its outbox. */
export const ProgrammeEvents = {
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
