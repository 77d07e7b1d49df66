import { type App, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import { formatDateVn } from '@tradeqn/vn';
import { Type } from 'typebox';
import type { PrivacyService } from './privacy-service.ts';

const tags = ['accounts'];
const security = [{ bearerAuth: [] }];

/** The signed-in person's rights over their data: `GET /me/data-export` and `DELETE /me`. */
export function privacyRoutes(deps: { privacy: PrivacyService }) {
  return async (app: App) => {
    app.get(
      '/me/data-export',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tải toàn bộ dữ liệu cá nhân của mình (ZIP gồm JSON và CSV)',
          description:
            'Tài khoản, sổ địa chỉ, lịch sử đồng ý, phiên đăng nhập, doanh nghiệp, đơn hàng, khiếu nại, đánh giá, ' +
            'bản tin và theo dõi; mỗi mục một tệp .json và một tệp .csv, kèm README.txt.',
          security,
          produces: ['application/zip'],
          // the 200 is a ZIP, described by `produces`
          response: problemResponses(401),
        },
      },
      async (request, reply) => {
        const now = new Date();
        const zip = await deps.privacy.exportFor(principalOf(request).userId, now);
        const day = formatDateVn(now.toISOString()).split('/').reverse().join('-');
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${day}.zip"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(zip));
      },
    );

    app.delete(
      '/me',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Xoá tài khoản của mình (delete my account)',
          description:
            'Cần mật khẩu hiện tại. Không đăng nhập lại được; họ tên, e-mail, điện thoại, sổ địa chỉ bị xoá; đơn hàng giữ ' +
            'số tiền cho kế toán và thuế nhưng không còn tên, điện thoại, địa chỉ người mua. 409 khi còn đơn đang giao, ' +
            'khiếu nại chưa xong, đang là chủ doanh nghiệp, hoặc là cán bộ.',
          security,
          body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
          response: {
            200: Type.Object({ erasedAt: Type.String({ format: 'date-time' }) }),
            ...problemResponses(400, 401, 403, 409),
          },
        },
      },
      async (request) => deps.privacy.erase(principalOf(request).userId, request.body.password),
    );
  };
}
