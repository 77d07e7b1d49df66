import { type App, httpErrors, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import type { ApplicationService } from './application-service.ts';
import {
  AnswerFields,
  ApplicationListQuery,
  ApplicationSchema,
  ApplicationSummarySchema,
  AskMoreBody,
  NewApplicationFields,
  PaymentBody,
  RejectBody,
} from './support-schemas.ts';
import { readSupportUpload, supportUploadSchema } from './support-upload.ts';

const tags = ['programme support'];
const adminTags = ['admin', 'programme support'];
const security = [{ bearerAuth: [] }];
const uuid = () => Type.String({ format: 'uuid' });
const EnterpriseParams = Type.Object({ id: uuid() });
const ApplicationParams = Type.Object({ id: uuid(), applicationId: uuid() });
const StaffParams = Type.Object({ id: uuid() });
const Application = Type.Ref('SupportApplication');

const newApplication = Compile(NewApplicationFields);
const answerFields = Compile(AnswerFields);

/** Multipart text fields checked against the same kind of schema a JSON body is (numbers arrive as text). */
function checkFields<T>(
  compiled: { Check(value: unknown): value is T; Errors(value: unknown): Iterable<{ instancePath: string; message: string }> },
  value: unknown,
): T {
  if (compiled.Check(value)) return value;
  throw httpErrors.HTTP_VALIDATION_FAILED(
    undefined,
    [...compiled.Errors(value)].slice(0, 20).map((error) => ({ path: `/body${error.instancePath}`, message: error.message })),
  );
}

function sendDocument(reply: FastifyReply, file: { data: Buffer; contentType: string; fileName: string }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}

/**
 * Support applications: an enterprise's members apply and answer under `/enterprises/{id}/…`
 * (another enterprise's application is a 404); staff review every one under `/admin/…`.
 */
export function applicationRoutes(deps: { applications: ApplicationService }) {
  const { applications } = deps;
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.addSchema(ApplicationSummarySchema);
    app.addSchema(ApplicationSchema);

    app.get(
      '/enterprises/:id/support-applications',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Hồ sơ đề nghị hỗ trợ của doanh nghiệp (thành viên)',
          security,
          params: EnterpriseParams,
          response: { 200: Type.Array(Type.Ref('SupportApplicationSummary')), ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => applications.listOfEnterprise(principalOf(request), request.params.id),
    );

    app.post(
      '/enterprises/:id/support-applications',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Nộp hồ sơ đề nghị hỗ trợ: lineCode, year, description và tài liệu (doanh nghiệp đã xác minh)',
          ...supportUploadSchema,
          security,
          params: EnterpriseParams,
          response: { 201: Application, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        await applications.authorizeApply(principal, request.params.id);
        const { fields, files } = await readSupportUpload(request);
        const input = checkFields(newApplication, {
          ...fields,
          year: /^\d{1,4}$/.test(fields.year ?? '') ? Number(fields.year) : fields.year,
        });
        reply.code(201);
        return applications.apply(principal, request.params.id, input, files);
      },
    );

    app.get(
      '/enterprises/:id/support-applications/:applicationId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Một hồ sơ với tài liệu và lịch sử xử lý',
          security,
          params: ApplicationParams,
          response: { 200: Application, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => applications.getOfEnterprise(principalOf(request), request.params.id, request.params.applicationId),
    );

    app.post(
      '/enterprises/:id/support-applications/:applicationId/answers',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Trả lời yêu cầu bổ sung (message và tài liệu nếu có): hồ sơ trở lại chờ xem xét',
          consumes: ['multipart/form-data', 'application/json'],
          description: `${supportUploadSchema.description} Không kèm tài liệu: JSON \`{ "message": "…" }\`.`,
          security,
          params: ApplicationParams,
          response: { 200: Application, ...problemResponses(400, 401, 404, 409, 413, 415) },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        await applications.authorizeMember(principal, request.params.id, request.params.applicationId);
        const { fields, files } = request.isMultipart() ? await readSupportUpload(request) : { fields: request.body, files: [] };
        const { message } = checkFields(answerFields, fields);
        return applications.answer(principal, request.params.id, request.params.applicationId, message, files);
      },
    );

    app.get(
      '/enterprises/:id/support-applications/:applicationId/documents/:documentId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tải xuống một tài liệu của hồ sơ',
          security,
          params: Type.Object({ id: uuid(), applicationId: uuid(), documentId: uuid() }),
          produces: ['application/pdf', 'image/jpeg', 'image/png'],
        },
      },
      async (request, reply) =>
        sendDocument(
          reply,
          await applications.documentFile(
            principalOf(request),
            request.params.applicationId,
            request.params.documentId,
            request.params.id,
          ),
        ),
    );

    app.get(
      '/admin/programme/support-applications',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Hồ sơ đề nghị hỗ trợ của mọi doanh nghiệp, chờ lâu nhất trước; lọc theo trạng thái, năm',
          security,
          querystring: ApplicationListQuery,
          response: { 200: Type.Array(Type.Ref('SupportApplicationSummary')), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => applications.list(request.query),
    );

    app.get(
      '/admin/programme/support-applications/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Một hồ sơ với tài liệu và lịch sử xử lý',
          security,
          params: StaffParams,
          response: { 200: Application, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => applications.get(request.params.id),
    );

    app.get(
      '/admin/programme/support-applications/:id/documents/:documentId',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Tải xuống một tài liệu của hồ sơ',
          security,
          params: Type.Object({ id: uuid(), documentId: uuid() }),
          produces: ['application/pdf', 'image/jpeg', 'image/png'],
        },
      },
      async (request, reply) =>
        sendDocument(reply, await applications.documentFile(principalOf(request), request.params.id, request.params.documentId)),
    );

    app.post(
      '/admin/programme/support-applications/:id/requests-for-information',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Yêu cầu doanh nghiệp bổ sung (kèm lời nhắn)',
          security,
          params: StaffParams,
          body: AskMoreBody,
          response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => applications.askMore(principalOf(request), request.params.id, request.body.message),
    );

    app.post(
      '/admin/programme/support-applications/:id/approval',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary:
            'Phê duyệt: cam kết phần của từng nguồn vào kế hoạch năm; vượt kế hoạch của bất kỳ nguồn nào: 409, không thay đổi gì',
          security,
          params: StaffParams,
          response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => applications.approve(principalOf(request), request.params.id),
    );

    app.post(
      '/admin/programme/support-applications/:id/rejection',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Từ chối (bắt buộc nêu lý do)',
          security,
          params: StaffParams,
          body: RejectBody,
          response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => applications.reject(principalOf(request), request.params.id, request.body.reason),
    );

    app.post(
      '/admin/programme/support-applications/:id/payment',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Ghi nhận giải ngân: số tiền (không quá phần ngân sách tỉnh và trung ương), ngày chi, số chứng từ',
          security,
          params: StaffParams,
          body: PaymentBody,
          response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => applications.pay(principalOf(request), request.params.id, request.body),
    );
  };
}
