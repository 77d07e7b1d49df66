import { AuditTrailQuery, AuditTrailSchema } from '@tradeqn/audit';
import {
  type App,
  acceptEmptyBody,
  optionalUser,
  PageOf,
  principalOf,
  principalOrNull,
  problemResponses,
  requireRole,
  requireUser,
  trimBodyFields,
} from '@tradeqn/kit';
import { Type } from 'typebox';
import type { DocumentService } from '../documents/document-service.ts';
import { readUpload, uploadSchema } from '../documents/read-upload.ts';
import type { Actor } from './enterprise-mapping.ts';
import {
  AdminListQuery,
  ApproveBody,
  BankAccountBody,
  DirectoryQuery,
  EnterpriseSchema,
  HostParams,
  IdOrSlugParams,
  IdParams,
  ReasonBody,
  RegisterEnterpriseBody,
  RejectBody,
  StaffSummarySchema,
  UpdateEnterpriseBody,
  VerificationRecordSchema,
} from './enterprise-schemas.ts';
import type { Decision, EnterpriseService } from './enterprise-service.ts';
import type { VerificationMethod } from './verification-records.ts';

const tags = ['enterprises'];
const adminTags = ['admin'];
const bearer = [{ bearerAuth: [] }];
const Enterprise = Type.Ref('Enterprise');
const EnterprisePage = PageOf(Enterprise);

/** What each staff decision takes: a reason where it needs one; how it was verified for an approval or a rejection. */
const BODIES = {
  approve: ApproveBody,
  reject: RejectBody,
  suspend: ReasonBody,
  reinstate: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
} as const;

const actorOf = (principal: { userId: string; roles: string[] } | null): Actor =>
  principal ? { userId: principal.userId, roles: principal.roles } : null;

export function enterpriseRoutes(deps: { enterprises: EnterpriseService; documents: DocumentService }) {
  const { enterprises, documents } = deps;
  return async (app: App) => {
    app.addSchema(EnterpriseSchema);

    app.post(
      '/enterprises',
      {
        onRequest: requireUser,
        preValidation: trimBodyFields('taxCode', 'phone', 'email', 'website', 'customDomain'),
        schema: {
          tags,
          summary: 'Đăng ký doanh nghiệp (register an enterprise)',
          description:
            'Người đăng ký (đã xác nhận email) trở thành chủ sở hữu; hồ sơ ở trạng thái `pending` chờ Sở Công Thương xác minh. Mã số thuế kiểm tra chữ số kiểm tra; địa chỉ theo đơn vị hành chính từ 1/7/2025.',
          security: bearer,
          body: RegisterEnterpriseBody,
          response: { 201: Enterprise, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => reply.code(201).send(await enterprises.register(principalOf(request), request.body)),
    );

    app.get(
      '/enterprises',
      {
        schema: {
          tags,
          summary: 'Danh bạ doanh nghiệp đã được xác minh (directory)',
          description: '`q` không phân biệt dấu và hoa thường: `toi ly son` tìm thấy `Tỏi Lý Sơn`.',
          querystring: DirectoryQuery,
          response: { 200: EnterprisePage, ...problemResponses(400) },
        },
      },
      async (request) => enterprises.listDirectory(request.query),
    );

    app.get(
      '/enterprises/by-domain/:host',
      {
        schema: {
          tags,
          summary: 'Gian hàng theo tên miền riêng đã xác minh (storefront by own domain)',
          description:
            'Doanh nghiệp đã duyệt có tên miền riêng được cán bộ Sở xác minh; tên miền chưa xác minh hoặc doanh nghiệp bị tạm ngừng: 404. Không phân biệt hoa thường, bỏ qua cổng và `www.`.',
          params: HostParams,
          response: { 200: Enterprise, ...problemResponses(400, 404) },
        },
      },
      async (request) => enterprises.byDomain(request.params.host),
    );

    app.get(
      '/enterprises/:idOrSlug',
      {
        onRequest: optionalUser,
        schema: {
          tags,
          summary: 'Hồ sơ gian hàng (public profile)',
          description:
            'Công khai với doanh nghiệp đã duyệt, kèm thông tin định danh người bán theo luật. Thành viên và cán bộ Sở xem được cả hồ sơ chờ duyệt/bị từ chối, tài khoản ngân hàng và giấy phép. Doanh nghiệp bị tạm ngừng: 410 `ENTERPRISES_GONE` với người ngoài.',
          params: IdOrSlugParams,
          response: { 200: Enterprise, ...problemResponses(401, 404, 410) },
        },
      },
      async (request) => enterprises.get(request.params.idOrSlug, actorOf(principalOrNull(request))),
    );

    app.patch(
      '/enterprises/:id',
      {
        onRequest: requireUser,
        preValidation: trimBodyFields('taxCode', 'phone', 'email', 'website', 'customDomain'),
        schema: {
          tags,
          summary: 'Sửa hồ sơ doanh nghiệp (owner, admin)',
          description:
            'Đổi tên pháp lý, mã số thuế hoặc địa chỉ của doanh nghiệp đã duyệt sẽ đưa hồ sơ về `pending` để xác minh lại; mọi phiên bản được lưu trong lịch sử.',
          security: bearer,
          params: IdParams,
          body: UpdateEnterpriseBody,
          response: { 200: Enterprise, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => enterprises.update(principalOf(request), request.params.id, request.body),
    );

    app.put(
      '/enterprises/:id/bank-account',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tài khoản nhận chuyển khoản VietQR (owner)',
          description: 'Chỉ thành viên và cán bộ Sở xem được; dùng để tạo mã VietQR khi người mua chọn chuyển khoản.',
          security: bearer,
          params: IdParams,
          body: BankAccountBody,
          response: { 200: Enterprise, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => enterprises.setBankAccount(principalOf(request), request.params.id, request.body),
    );

    for (const slot of ['logo', 'cover'] as const) {
      app.put(
        `/enterprises/:id/${slot}`,
        {
          onRequest: requireUser,
          schema: {
            tags,
            summary: slot === 'logo' ? 'Tải logo gian hàng (JPEG, PNG, WebP)' : 'Tải ảnh bìa gian hàng (JPEG, PNG, WebP)',
            ...uploadSchema,
            security: bearer,
            params: IdParams,
            response: { 200: Enterprise, ...problemResponses(400, 401, 403, 404, 413, 415) },
          },
        },
        async (request) => {
          const principal = principalOf(request);
          await documents.authorizeUpload(principal, request.params.id);
          const upload = await readUpload(request);
          const key = await documents.storeImage(principal, request.params.id, slot, upload.data);
          const { previousKey, enterprise } = await enterprises
            .setImage(principal, request.params.id, slot, key)
            .catch(async (error) => {
              await documents.discard(key);
              throw error;
            });
          await documents.discard(previousKey);
          return enterprise;
        },
      );
    }

    app.get(
      '/enterprises/:id/history',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Lịch sử hồ sơ: mọi phiên bản (members, staff)',
          security: bearer,
          params: IdParams,
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  version: Type.Integer(),
                  changedBy: Type.String(),
                  changedAt: Type.String({ format: 'date-time' }),
                  snapshot: Type.Record(Type.String(), Type.Unknown()),
                }),
              ),
            }),
            ...problemResponses(401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await enterprises.history(actorOf(principalOf(request)), request.params.id) }),
    );

    app.post(
      '/enterprises/:id/resubmit',
      {
        onRequest: requireUser,
        preValidation: acceptEmptyBody,
        schema: {
          tags,
          summary: 'Gửi lại hồ sơ bị từ chối để xét duyệt (resubmit; owner)',
          description:
            'Hồ sơ `rejected` về lại `pending` như hiện có (thường sau khi tải giấy tờ mới), không cần sửa tên, mã số thuế hay địa chỉ. Ghi vào nhật ký kiểm tra. 409 `ENTERPRISES_STATUS_CONFLICT` khi hồ sơ không ở trạng thái bị từ chối.',
          security: bearer,
          params: IdParams,
          response: { 200: Enterprise, ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request) => enterprises.resubmit(principalOf(request), request.params.id),
    );

    const staff = requireRole('admin', 'moderator');

    app.get(
      '/admin/enterprises',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Hàng đợi xác minh doanh nghiệp, cũ nhất trước (verification queue)',
          description:
            'Mặc định: hồ sơ chờ xác minh, nộp sớm nhất trước. `status=all` và các bộ lọc `q`, `wardCode`, `type`, `exportReady` cho danh sách mọi doanh nghiệp; `sort=name|submittedAt`, `dir=asc|desc`; phân trang keyset bằng `cursor`.',
          security: bearer,
          querystring: AdminListQuery,
          response: { 200: EnterprisePage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => enterprises.listForStaff(actorOf(principalOf(request)), request.query),
    );

    app.get(
      '/admin/enterprises/summary',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Số doanh nghiệp theo trạng thái: việc đang chờ cán bộ Sở (counts by status)',
          security: bearer,
          response: { 200: StaffSummarySchema, ...problemResponses(401, 403) },
        },
      },
      async () => enterprises.staffSummary(),
    );

    // every decision, taking a live storefront down and back included, is staff's (the API contract)
    const decisions: { action: Decision; summary: string }[] = [
      { action: 'approve', summary: 'Duyệt doanh nghiệp, ghi cách xác minh (approve; admin, moderator)' },
      { action: 'reject', summary: 'Từ chối, kèm lý do và cách xác minh (reject; admin, moderator)' },
      { action: 'suspend', summary: 'Tạm ngừng hoạt động, kèm lý do (suspend; admin, moderator)' },
      { action: 'reinstate', summary: 'Khôi phục doanh nghiệp bị tạm ngừng (reinstate; admin, moderator)' },
    ];
    for (const { action, summary } of decisions) {
      app.post(
        `/admin/enterprises/:id/${action}`,
        {
          onRequest: staff,
          preValidation: acceptEmptyBody,
          schema: {
            tags: adminTags,
            summary,
            description: 'Ghi vào nhật ký kiểm tra (audit log) và gửi email cho chủ doanh nghiệp.',
            security: bearer,
            params: IdParams,
            body: BODIES[action],
            response: { 200: Enterprise, ...problemResponses(400, 401, 403, 404, 409) },
          },
        },
        async (request) => {
          const body = request.body as { reason?: string; method?: VerificationMethod; evidence?: string };
          return enterprises.decide(principalOf(request), request.params.id, action, body.reason, {
            method: body.method,
            evidence: body.evidence,
          });
        },
      );
    }

    app.get(
      '/admin/enterprises/:id/verifications',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Hồ sơ xác minh người bán: cách xác minh, căn cứ, giấy tờ lúc đó, cán bộ và thời điểm (mới nhất trước)',
          security: bearer,
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(VerificationRecordSchema) }), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await enterprises.verifications(request.params.id) }),
    );

    app.post(
      '/admin/enterprises/:id/domain/verify',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Xác minh tên miền riêng của gian hàng (verify own domain)',
          description:
            'Từ đó yêu cầu có Host là tên miền này được phục vụ gian hàng của doanh nghiệp. Chủ doanh nghiệp đổi tên miền thì xác minh bị xóa. 409 `ENTERPRISES_DOMAIN_MISSING` khi chưa khai báo tên miền, `ENTERPRISES_DOMAIN_TAKEN` khi tên miền đã được xác minh cho doanh nghiệp khác.',
          security: bearer,
          params: IdParams,
          response: { 200: Enterprise, ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request) => enterprises.verifyDomain(principalOf(request), request.params.id),
    );

    app.get(
      '/admin/enterprises/:id/audit',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Nhật ký kiểm tra của một doanh nghiệp: ai, khi nào, việc gì, lý do (audit log)',
          security: bearer,
          params: IdParams,
          querystring: AuditTrailQuery,
          response: {
            200: AuditTrailSchema,
            ...problemResponses(401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await enterprises.auditTrail(request.params.id, request.query.limit, request.query.afterId) }),
    );
  };
}
