import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

const Text = (fallback: string, description: string) =>
  Type.String({ minLength: 1, maxLength: 300, default: fallback, description });

/** What the pages read from the environment: who runs the exchange, as the footer must say. */
export const WebEnvSchema = Type.Object({
  OPERATOR_NAME: Text('Sở Công Thương tỉnh Quảng Ngãi', 'the operator of the exchange, in the footer'),
  OPERATOR_ADDRESS: Text('Số 294 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi', "the operator's address"),
  OPERATOR_PHONE: Text('0255 3822 594', "the operator's phone"),
  OPERATOR_EMAIL: Text('sct@quangngai.gov.vn', "the operator's e-mail"),
  OPERATOR_LICENCE: Type.Optional(
    Type.String({ maxLength: 300, description: 'the licence line (e.g. the decision establishing the exchange)' }),
  ),
  /** Decree 85/2021: the platform names who receives competent authorities' requests (takedowns, information). */
  AUTHORITY_CONTACT_NAME: Text(
    'Phòng Quản lý Thương mại, Sở Công Thương tỉnh Quảng Ngãi',
    "the contact point for authorities' requests, in the footer",
  ),
  AUTHORITY_CONTACT_PHONE: Type.Optional(
    Type.String({ minLength: 1, maxLength: 40, description: "its phone (the operator's when absent)" }),
  ),
  AUTHORITY_CONTACT_EMAIL: Type.Optional(
    Type.String({ format: 'email', maxLength: 200, description: "its e-mail (the operator's when absent)" }),
  ),
  /** online.gov.vn gives a registered platform a badge linking to its record. */
  MOIT_REGISTRATION_URL: Type.Optional(Type.String({ pattern: '^https://', maxLength: 500 })),
  WEB_PAGE_CACHE_SECONDS: Type.Integer({ minimum: 0, maximum: 3600, default: 60 }),
});

export interface WebSettings {
  operator: { name: string; address: string; phone: string; email: string; licence: string | null };
  /** Who receives competent authorities' requests (takedowns, requests for information). */
  authorityContact: { name: string; phone: string; email: string };
  /** Where the ministry's badge links; no badge until the exchange is registered. */
  registrationUrl: string | null;
  /** How long a browser or CDN may keep a public page that carries nothing personal. */
  publicPageMaxAgeSeconds: number;
}

export const webSettings = settingsPart({
  env: WebEnvSchema,
  settings: (env): WebSettings => ({
    operator: {
      name: env.OPERATOR_NAME,
      address: env.OPERATOR_ADDRESS,
      phone: env.OPERATOR_PHONE,
      email: env.OPERATOR_EMAIL,
      licence: env.OPERATOR_LICENCE ?? null,
    },
    authorityContact: {
      name: env.AUTHORITY_CONTACT_NAME,
      phone: env.AUTHORITY_CONTACT_PHONE ?? env.OPERATOR_PHONE,
      email: env.AUTHORITY_CONTACT_EMAIL ?? env.OPERATOR_EMAIL,
    },
    registrationUrl: env.MOIT_REGISTRATION_URL ?? null,
    publicPageMaxAgeSeconds: env.WEB_PAGE_CACHE_SECONDS,
  }),
});
