import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import { programmeErrors } from '../programme-errors.ts';
import { calendarFile } from './calendar-file.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import { NewTrainingEventBody, RegisterBody, RegistrationSchema, TrainingEventSchema } from './training-schemas.ts';
import type { TrainingService } from './training-service.ts';

const tags = ['programme'];
const adminTags = ['admin', 'programme'];
const security = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Training courses and events: public list, registration and calendar file; staff publish them and record attendance. */
export function trainingRoutes(deps: { training: TrainingService; publicUrl: string; issuer: string }) {
  const { training } = deps;
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.addSchema(TrainingEventSchema);
    app.addSchema(RegistrationSchema);

    app.get(
      '/programme/events',
      {
        schema: {
          tags,
          summary: 'Các khoá đào tạo, hội thảo, hội chợ sắp diễn ra',
          response: { 200: Type.Array(Type.Ref('TrainingEvent')) },
        },
      },
      async () => training.upcoming(),
    );

    app.get(
      '/programme/events/:id',
      {
        schema: {
          tags,
          summary: 'Một khoá đào tạo hoặc sự kiện',
          params: IdParams,
          response: { 200: Type.Ref('TrainingEvent'), ...problemResponses(400, 404) },
        },
      },
      async (request) => training.get(request.params.id),
    );

    app.get(
      '/programme/events/:id/calendar.ics',
      {
        schema: {
          tags,
          summary: 'Lịch của sự kiện (tệp .ics cho Google Calendar, Outlook…)',
          params: IdParams,
          produces: ['text/calendar'],
          response: { 200: Type.String(), ...problemResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const event = await training.get(request.params.id);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="su-kien-${event.id}.ics"`)
          .send(calendarFile(event, new URL(`/dao-tao/${event.id}`, deps.publicUrl).toString()));
      },
    );

    app.post(
      '/programme/events/:id/registrations',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Đăng ký tham dự (email xác nhận kèm tệp lịch .ics); hết chỗ hoặc đã bắt đầu: 409',
          params: IdParams,
          body: RegisterBody,
          response: {
            201: Type.Object({ registration: Type.Ref('Registration'), event: Type.Ref('TrainingEvent') }),
            ...problemResponses(400, 404, 409, 429),
          },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return training.register(request.params.id, request.body);
      },
    );

    app.get(
      '/admin/programme/events',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Mọi sự kiện, mới nhất trước (cả sự kiện đã qua, để điểm danh)',
          security,
          response: { 200: Type.Array(Type.Ref('TrainingEvent')), ...problemResponses(401, 403) },
        },
      },
      async () => training.all(),
    );

    app.post(
      '/admin/programme/events',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Đăng một khoá đào tạo, hội thảo hoặc hội chợ',
          security,
          body: NewTrainingEventBody,
          response: { 201: Type.Ref('TrainingEvent'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return training.create(principalOf(request), request.body);
      },
    );

    app.get(
      '/admin/programme/events/:id/registrations',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Danh sách người đăng ký và điểm danh',
          security,
          params: IdParams,
          response: { 200: Type.Array(Type.Ref('Registration')), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => training.registrationsOf(request.params.id),
    );

    app.get(
      '/admin/programme/events/:id/registrations/:registrationId/certificate.pdf',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Giấy chứng nhận tham dự (PDF) của người đã có mặt',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }), registrationId: Type.String({ format: 'uuid' }) }),
          produces: ['application/pdf'],
          response: { 200: Type.Any(), ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const registration = await training.registration(request.params.registrationId);
        if (!registration || registration.eventId !== request.params.id) throw programmeErrors.PROGRAMME_EVENT_NOT_FOUND();
        if (!registration.attendedAt) throw programmeErrors.PROGRAMME_NOT_ATTENDED();
        const event = await training.get(request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="giay-chung-nhan-${registration.id}.pdf"`)
          .send(renderCertificatePdf({ registration, event, issuer: deps.issuer }));
      },
    );

    app.put(
      '/admin/programme/events/:id/registrations/:registrationId/attendance',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Ghi nhận (hoặc bỏ) việc có mặt của một người đăng ký',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }), registrationId: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ attended: Type.Boolean() }, { additionalProperties: false }),
          response: { 200: Type.Ref('Registration'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        training.markAttended(principalOf(request), request.params.id, request.params.registrationId, request.body.attended),
    );
  };
}
