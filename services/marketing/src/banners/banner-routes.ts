import { AuditTrailQuery, AuditTrailSchema } from '@tradeqn/audit';
import { type App, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import { bannerErrors } from './banner-errors.ts';
import {
  BannerPage,
  BannerSchema,
  CreateBannerBody,
  EnterpriseParams,
  IdParams,
  ListQuery,
  PageQuery,
  SlotAnswer,
  SlotParams,
  SlotQuery,
  StatsAnswer,
  StatsQuery,
  UpdateBannerBody,
} from './banner-schemas.ts';
import type { BannerService } from './banner-service.ts';

const bearer = [{ bearerAuth: [] }];
const adminTags = ['admin', 'banners'];
const Banner = Type.Ref('Banner');

/**
 * Banners and sponsored listings: province staff manage them; anyone reads what a slot shows;
 * staff and the promoted enterprise's members read the statistics.
 */
export function bannerRoutes(deps: { banners: BannerService }) {
  const { banners } = deps;
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.addSchema(BannerSchema);

    app.get(
      '/banner-slots/:slot',
      {
        schema: {
          tags: ['banners'],
          summary: 'Quảng cáo cho một vị trí: rút ngẫu nhiên theo trọng số trong các quảng cáo đang chạy (public)',
          description:
            'Không quá số quảng cáo vị trí cho phép (`allowance`). Hiển thị ảnh bằng `imageUrl` (mỗi lần tải ảnh là một lượt hiển thị) và liên kết bằng `clickUrl`, kèm nhãn "Quảng cáo".',
          params: SlotParams,
          querystring: SlotQuery,
          response: { 200: SlotAnswer, ...problemResponses(400) },
        },
      },
      async (request, reply) => {
        const answer = await banners.show(request.params.slot, request.query.limit);
        // a draw each time: shared caches must not keep one
        reply.header('cache-control', 'no-store');
        return answer;
      },
    );

    app.get(
      '/admin/banners',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Danh sách quảng cáo, mới nhất trước; lọc theo vị trí, trạng thái, doanh nghiệp',
          security: bearer,
          querystring: ListQuery,
          response: { 200: BannerPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => banners.list(request.query),
    );

    app.post(
      '/admin/banners',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Tạo quảng cáo (ảnh tải lên sau bằng PUT /admin/banners/{id}/image)',
          security: bearer,
          body: CreateBannerBody,
          response: { 201: Banner, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => reply.code(201).send(await banners.create(principalOf(request), request.body)),
    );

    app.get(
      '/admin/banners/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Một quảng cáo',
          security: bearer,
          params: IdParams,
          response: { 200: Banner, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => banners.get(principalOf(request), request.params.id),
    );

    app.patch(
      '/admin/banners/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Sửa quảng cáo',
          security: bearer,
          params: IdParams,
          body: UpdateBannerBody,
          response: { 200: Banner, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => banners.update(principalOf(request), request.params.id, request.body),
    );

    app.put(
      '/admin/banners/:id/image',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Tải ảnh quảng cáo: JPEG, PNG hoặc WebP, trong trường `file` (multipart/form-data)',
          description: 'Ảnh được nhận diện từ nội dung và lưu dạng WebP, rộng tối đa 1200 px.',
          consumes: ['multipart/form-data'],
          security: bearer,
          params: IdParams,
          response: { 200: Banner, ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw bannerErrors.MARKETING_BANNER_IMAGE_MISSING();
        return banners.setImage(principalOf(request), request.params.id, async () => {
          const file = await request.file();
          if (!file) throw bannerErrors.MARKETING_BANNER_IMAGE_MISSING();
          const data = await file.toBuffer();
          if (data.length === 0) throw bannerErrors.MARKETING_BANNER_IMAGE_MISSING();
          return data;
        });
      },
    );

    for (const [action, summary] of [
      ['pause', 'Tạm dừng quảng cáo'],
      ['resume', 'Chạy lại quảng cáo đã tạm dừng'],
      ['archive', 'Lưu trữ quảng cáo (không hiện nữa, không sửa được)'],
    ] as const) {
      app.post(
        `/admin/banners/:id/${action}`,
        {
          onRequest: staff,
          schema: {
            tags: adminTags,
            summary,
            security: bearer,
            params: IdParams,
            response: { 200: Banner, ...problemResponses(401, 403, 404, 409) },
          },
        },
        async (request) => banners.move(principalOf(request), request.params.id, action),
      );
    }

    app.get(
      '/admin/banners/:id/audit',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Nhật ký thay đổi của một quảng cáo',
          security: bearer,
          params: IdParams,
          querystring: AuditTrailQuery,
          response: { 200: AuditTrailSchema, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await banners.auditTrail(request.params.id, request.query.limit, request.query.afterId) }),
    );

    app.get(
      '/banners/:id/stats',
      {
        onRequest: requireUser,
        schema: {
          tags: ['banners'],
          summary:
            'Thống kê theo ngày (lượt hiển thị, lượt nhấp, tỉ lệ nhấp) của một quảng cáo: cán bộ và doanh nghiệp được quảng cáo',
          security: bearer,
          params: IdParams,
          querystring: StatsQuery,
          response: { 200: StatsAnswer, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => banners.stats(principalOf(request), request.params.id, request.query),
    );

    app.get(
      '/enterprises/:id/banners',
      {
        onRequest: requireUser,
        schema: {
          tags: ['banners'],
          summary: 'Quảng cáo đang quảng bá doanh nghiệp này (thành viên doanh nghiệp, cán bộ)',
          security: bearer,
          params: EnterpriseParams,
          querystring: PageQuery,
          response: { 200: BannerPage, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => banners.listForEnterprise(principalOf(request), request.params.id, request.query),
    );
  };
}
