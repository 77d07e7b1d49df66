import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const CONTENT_KINDS = ['news', 'announcement', 'handbook', 'legal', 'trade'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const CONTENT_STATES = ['draft', 'in_review', 'published'] as const;
export type ContentState = (typeof CONTENT_STATES)[number];
/** The public sections of the portal; news shows news and announcements together. */
export const CONTENT_SECTIONS = ['news', 'handbook', 'legal', 'trade'] as const;
export type ContentSection = (typeof CONTENT_SECTIONS)[number];
export const OFFER_TYPES = ['buy', 'sell'] as const;

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const day = () => Type.String({ format: 'date', examples: ['2013-05-16'] });

export const ContentSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: StringEnum(CONTENT_KINDS, {
      description:
        'news: tin tức · announcement: thông báo · handbook: chương sổ tay TMĐT · legal: văn bản pháp luật · trade: cơ hội giao thương',
    }),
    state: StringEnum(CONTENT_STATES, { description: 'draft: bản nháp · in_review: chờ duyệt · published: đã duyệt đăng' }),
    title: Type.String(),
    slug: Type.String(),
    path: Type.String({ description: 'đường dẫn trang công khai', examples: ['/tin-tuc/hoi-nghi-tmdt-2025'] }),
    summary: Type.String(),
    bodyHtml: Type.String({ description: 'HTML đã được làm sạch trên máy chủ (danh sách thẻ cho phép)' }),
    metaTitle: Nullable(Type.String()),
    metaDescription: Nullable(Type.String()),
    ogImage: Nullable(Type.String()),
    chapter: Nullable(Type.Integer()),
    docNumber: Nullable(Type.String()),
    issuingBody: Nullable(Type.String()),
    issuedOn: Nullable(Type.String({ format: 'date' })),
    effectiveOn: Nullable(Type.String({ format: 'date' })),
    fileName: Nullable(Type.String({ description: 'tệp PDF của văn bản, nếu đã tải lên' })),
    offerType: Nullable(StringEnum(OFFER_TYPES, { description: 'buy: cần mua · sell: cần bán' })),
    product: Nullable(Type.String()),
    quantity: Nullable(Type.String()),
    contact: Nullable(Type.String()),
    expiresOn: Nullable(Type.String({ format: 'date' })),
    authorId: Type.String({ format: 'uuid' }),
    /** Who wrote or changed it: none of them publishes it (admins aside). */
    contributors: Type.Array(Type.String({ format: 'uuid' })),
    reviewComment: Nullable(Type.String()),
    publishAt: Nullable(Type.String({ format: 'date-time', description: 'thời điểm hiện công khai (có thể hẹn trước)' })),
    publishedBy: Nullable(Type.String({ format: 'uuid' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ProgrammeContent' },
);
export type ContentDto = Static<typeof ContentSchema>;

export const ContentPageSchema = Type.Object({
  items: Type.Array(Type.Ref('ProgrammeContent')),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export interface ContentPageDto {
  items: ContentDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** What an editor writes; the kind's own fields are required by kind (checked by the service). */
export const ContentBody = Type.Object(
  {
    kind: StringEnum(CONTENT_KINDS),
    title: text(200),
    slug: Type.Optional(
      Type.String({ maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'để trống: tạo từ tiêu đề' }),
    ),
    summary: text(500),
    bodyHtml: text(100_000),
    metaTitle: Type.Optional(Type.String({ maxLength: 70 })),
    metaDescription: Type.Optional(Type.String({ maxLength: 170 })),
    ogImage: Type.Optional(Type.String({ maxLength: 500, format: 'uri', pattern: '^https?://', description: 'http(s) only' })),
    chapter: Type.Optional(Type.Integer({ minimum: 1, maximum: 999 })),
    docNumber: Type.Optional(Type.String({ maxLength: 60, examples: ['52/2013/NĐ-CP'] })),
    issuingBody: Type.Optional(Type.String({ maxLength: 200, examples: ['Chính phủ'] })),
    issuedOn: Type.Optional(day()),
    effectiveOn: Type.Optional(day()),
    offerType: Type.Optional(StringEnum(OFFER_TYPES)),
    product: Type.Optional(Type.String({ maxLength: 200 })),
    quantity: Type.Optional(Type.String({ maxLength: 100 })),
    contact: Type.Optional(Type.String({ maxLength: 300 })),
    expiresOn: Type.Optional(day()),
  },
  { additionalProperties: false },
);
export type ContentInput = Static<typeof ContentBody>;

export const AdminContentQuery = Type.Object({
  kind: Type.Optional(StringEnum(CONTENT_KINDS)),
  state: Type.Optional(StringEnum(CONTENT_STATES)),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const PublicContentQuery = Type.Object({
  kind: Type.Optional(StringEnum(CONTENT_KINDS, { description: 'trong mục tin tức: news hoặc announcement' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const ReturnBody = Type.Object({ comment: text(1000) }, { additionalProperties: false });
export const PublishBody = Type.Object(
  {
    publishAt: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'hẹn giờ đăng; để trống: đăng ngay. Trang công khai so với giờ hiện tại.',
      }),
    ),
  },
  { additionalProperties: false },
);
