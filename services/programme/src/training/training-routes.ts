import { type App, principalOf, problemResponses, requireRole, SIGNED_LINK_PATTERN } from '@tradeqn/kit';
import { Type } from 'typebox';
import { programmeErrors } from '../programme-errors.ts';
import { calendarFile } from './calendar-file.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import type { CheckInPasses } from './check-in-pass.ts';
import { NewTrainingEventBody, RegisterBody, RegistrationSchema, TrainingEventSchema } from './training-schemas.ts';
import type { TrainingService } from './training-service.ts';

const tags = ['programme'];
const adminTags = ['admin', 'programme'];
const security = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
/** How long before the start and after the end a pass may be scanned. */
const CHECK_IN_MARGIN_MS = 12 * 3600_000;

/** Training courses and events: public list, registration and calendar file; staff publish them and record attendance. */
export function trainingRoutes(deps: { training: TrainingService; publicUrl: string; issuer: string; passes: CheckInPasses }) {
  const { training } = deps;
  const passOf = async (token: string) => {
    const pass = deps.passes.read(token);
    if (!pass) throw programmeErrors.PROGRAMME_EVENT_NOT_FOUND();
    const [event, registration] = await Promise.all([training.get(pass.eventId), training.registration(pass.registrationId)]);
    if (!registration || registration.eventId !== event.id) throw programmeErrors.PROGRAMME_EVENT_NOT_FOUND();
    return { event, registration };
  };
  const CheckInToken = Type.String({ pattern: SIGNED_LINK_PATTERN, maxLength: 2000 });
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

    const CheckIn = Type.Object({ event: Type.Ref('TrainingEvent'), registration: Type.Ref('Registration') });

    app.get(
      '/admin/programme/check-in',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Người đăng ký mà mã QR điểm danh (đường dẫn đã ký trong thư xác nhận) chỉ tới',
          security,
          querystring: Type.Object({ token: CheckInToken }),
          response: { 200: CheckIn, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => passOf(request.query.token),
    );

    app.post(
      '/admin/programme/check-in',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Ghi nhận có mặt bằng mã QR điểm danh quét ở cửa (từ 12 giờ trước khi bắt đầu đến 12 giờ sau khi kết thúc)',
          security,
          body: Type.Object({ token: CheckInToken }, { additionalProperties: false }),
          response: { 200: CheckIn, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { event, registration } = await passOf(request.body.token);
        // at the door, not days before: recording attendance mails the certificate
        const now = Date.now();
        if (now < Date.parse(event.startsAt) - CHECK_IN_MARGIN_MS || now > Date.parse(event.endsAt) + CHECK_IN_MARGIN_MS) {
          throw programmeErrors.PROGRAMME_CHECK_IN_CLOSED();
        }
        return { event, registration: await training.markAttended(principalOf(request), event.id, registration.id, true) };
      },
    );
  };
}
