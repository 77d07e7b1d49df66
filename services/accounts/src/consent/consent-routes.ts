import type { App } from '@tradeqn/kit';
import { principalOf, problemResponses, requireUser, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { CONSENT_PURPOSES } from './consent-purposes.ts';
import type { ConsentService } from './consent-service.ts';

const tags = ['accounts'];
const security = [{ bearerAuth: [] }];
const Purpose = StringEnum(CONSENT_PURPOSES, {
  description: 'account: xử lý dữ liệu để vận hành tài khoản; marketing: nhận thư tiếp thị; tracking: đo lường hành vi',
});

const ConsentStateSchema = Type.Object({
  purpose: Purpose,
  isGranted: Type.Boolean(),
  wordingVersion: Type.Union([Type.String(), Type.Null()]),
  currentWordingVersion: Type.String(),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const ConsentDecisionSchema = Type.Object({
  purpose: Type.String(),
  isGranted: Type.Boolean(),
  wordingVersion: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.String({ format: 'date-time' }),
});

/** `/me/consents`: a person's consent per purpose, given and withdrawn the same way; the history is kept. */
export function consentRoutes(deps: { consents: ConsentService }) {
  return async (app: App) => {
    const { consents } = deps;

    app.get(
      '/me/consents',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sự đồng ý theo từng mục đích (consents per purpose)',
          description: 'Mục đích chưa quyết định được coi là không đồng ý (refused by default).',
          security,
          response: { 200: Type.Object({ items: Type.Array(ConsentStateSchema) }), ...problemResponses(401) },
        },
      },
      async (request) => ({ items: await consents.list(principalOf(request).userId) }),
    );

    app.get(
      '/me/consents/history',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Lịch sử đồng ý và rút lại (consent history, newest first, last 100)',
          security,
          response: { 200: Type.Object({ items: Type.Array(ConsentDecisionSchema) }), ...problemResponses(401) },
        },
      },
      async (request) => ({ items: await consents.history(principalOf(request).userId) }),
    );

    app.put(
      '/me/consents/:purpose',
      {
        onRequest: requireUser,
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Đồng ý hoặc rút lại sự đồng ý cho một mục đích (give or withdraw consent)',
          description: '`wordingVersion` là phiên bản nội dung người dùng đã đọc (currentWordingVersion); phiên bản cũ trả 409.',
          security,
          params: Type.Object({ purpose: Purpose }),
          body: Type.Object(
            { isGranted: Type.Boolean(), wordingVersion: Type.String({ minLength: 1, maxLength: 40 }) },
            { additionalProperties: false },
          ),
          response: { 200: ConsentStateSchema, ...problemResponses(400, 401, 409, 429) },
        },
      },
      async (request) =>
        consents.decide({
          userId: principalOf(request).userId,
          purpose: request.params.purpose,
          isGranted: request.body.isGranted,
          wordingVersion: request.body.wordingVersion,
          ip: request.ip || null,
        }),
    );
  };
}
