import { type App, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import {
  AcceptPoliciesBody,
  AdminPolicyList,
  MyPolicies,
  NewPolicyVersionBody,
  PolicyDetail,
  PolicyDocumentSchema,
  PolicySlugParam,
  PolicyVersionSchema,
  PolicyVersionSummarySchema,
} from './policy-schemas.ts';
import type { PolicyService } from './policy-service.ts';

const tags = ['policies'];
const security = [{ bearerAuth: [] }];
const SlugParams = Type.Object({ slug: PolicySlugParam });
const VersionParams = Type.Object({ slug: PolicySlugParam, version: Type.Integer({ minimum: 1, maximum: 100_000 }) });

/**
 * The operating rules and policies: public reading (each version, and what it changed), staff
 * publishing a new version, and a person's acceptance of the versions in force.
 */
export function policyRoutes(deps: { policies: PolicyService }) {
  const { policies } = deps;
  return async (app: App) => {
    app.addSchema(PolicyVersionSummarySchema);
    app.addSchema(PolicyVersionSchema);
    app.addSchema(PolicyDocumentSchema);

    app.get(
      '/policies',
      {
        schema: {
          tags,
          summary: 'Quy chế hoạt động và các chính sách: phiên bản đang áp dụng và phiên bản sắp áp dụng (nếu có)',
          response: { 200: Type.Array(Type.Ref('PolicyDocument')) },
        },
      },
      async () => policies.documents(),
    );

    app.get(
      '/policies/:slug',
      {
        schema: {
          tags,
          summary: 'Một văn bản: nội dung đang áp dụng, phiên bản sắp áp dụng và danh sách mọi phiên bản',
          params: SlugParams,
          response: { 200: PolicyDetail, ...problemResponses(400, 404) },
        },
      },
      async (request) => policies.detail(request.params.slug),
    );

    app.get(
      '/policies/:slug/versions/:version',
      {
        schema: {
          tags,
          summary: 'Một phiên bản, với khác biệt so với phiên bản trước',
          params: VersionParams,
          response: { 200: Type.Ref('PolicyVersion'), ...problemResponses(400, 404) },
        },
      },
      async (request) => policies.version(request.params.slug, request.params.version),
    );

    app.get(
      '/admin/policies',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin', ...tags],
          summary: 'Các văn bản với số người đã đồng ý và tiến độ gửi thư thông báo (admins)',
          security,
          response: { 200: AdminPolicyList, ...problemResponses(401, 403) },
        },
      },
      async () => policies.adminDocuments(),
    );

    app.post(
      '/admin/policies/:slug/versions',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin', ...tags],
          summary:
            'Công bố phiên bản mới: thông báo trên sàn và qua email cho mọi người dùng, áp dụng sau ít nhất 5 ngày làm việc',
          security,
          params: SlugParams,
          body: NewPolicyVersionBody,
          response: { 201: Type.Ref('PolicyVersion'), ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const created = await policies.publish(principalOf(request), request.params.slug, request.body);
        reply.code(201).header('location', `/api/v1/policies/${created.slug}/versions/${created.version}`);
        return created;
      },
    );

    app.get(
      '/me/policies',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Những phiên bản đang áp dụng mà mình chưa đồng ý, và những gì đã đồng ý',
          security,
          response: { 200: MyPolicies, ...problemResponses(401) },
        },
      },
      async (request) => policies.mine(principalOf(request).userId),
    );

    app.post(
      '/me/policies/accept',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Đồng ý các phiên bản đang áp dụng (khi đăng ký, hoặc khi được hỏi lại sau một thay đổi)',
          security,
          body: AcceptPoliciesBody,
          response: { 200: MyPolicies, ...problemResponses(400, 401, 409) },
        },
      },
      async (request) => policies.accept(principalOf(request).userId, request.body.versions),
    );
  };
}
