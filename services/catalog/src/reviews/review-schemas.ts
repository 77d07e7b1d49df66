import { Nullable, PageQuery, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const REVIEW_STATUSES = ['pending', 'published', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A product's rating from its published reviews: the mean of their stars to one decimal (null with none). */
export const RatingSchema = Type.Object({
  average: Nullable(Type.Number({ minimum: 1, maximum: 5, examples: [4.5] })),
  count: Type.Integer({ minimum: 0 }),
});

export const ReviewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    product: Type.Object({ id: Type.String({ format: 'uuid' }), slug: Type.String(), name: Type.String() }),
    stars: Type.Integer({ minimum: 1, maximum: 5 }),
    body: Type.String(),
    authorName: Type.String({ description: 'Tên người mua, viết tắt (N. V. An)', examples: ['N. V. An'] }),
    status: StringEnum(REVIEW_STATUSES),
    createdAt: Type.String({ format: 'date-time' }),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
    answer: Nullable(Type.Object({ body: Type.String(), answeredAt: Type.String({ format: 'date-time' }) })),
    // its author and province staff only:
    statusReason: Type.Optional(Nullable(Type.String())),
    // province staff only:
    flaggedKeywords: Type.Optional(Type.Array(Type.String())),
  },
  { $id: 'Review' },
);

const Review = Type.Ref('Review');
export const ReviewPage = Type.Object({ items: Type.Array(Review), nextCursor: Nullable(Type.String()) });
export const PublicReviewPage = Type.Object({
  items: Type.Array(Review),
  nextCursor: Nullable(Type.String()),
  rating: RatingSchema,
});

export const WriteReviewBody = Type.Object(
  {
    stars: Type.Integer({ minimum: 1, maximum: 5, examples: [5] }),
    body: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', examples: ['Tỏi thơm, đóng gói cẩn thận.'] }),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', examples: ['Cảm ơn anh đã ủng hộ hợp tác xã.'] }) },
  { additionalProperties: false },
);

export const RejectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) },
  { additionalProperties: false },
);

export const PublishBody = Type.Object(
  {
    reason: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Bắt buộc khi đánh giá bị gắn cờ từ khoá cấm (override)' }),
    ),
  },
  { additionalProperties: false },
);

export const MyReviewSchema = Type.Object({
  eligible: Type.Boolean({ description: 'Người mua đã nhận một đơn có sản phẩm này và chưa đánh giá' }),
  review: Type.Union([Review, Type.Null()]),
});

export const ReviewListQuery = Type.Object({ ...PageQuery });
export const EnterpriseReviewQuery = Type.Object({
  answered: Type.Optional(StringEnum(['yes', 'no'] as const, { description: 'no: chỉ đánh giá chưa trả lời' })),
  ...PageQuery,
});
export const QueueQuery = Type.Object({
  status: StringEnum(REVIEW_STATUSES, { default: 'pending' }),
  ...PageQuery,
});

export type ReviewDto = Static<typeof ReviewSchema>;
export type ReviewAnswerDto = NonNullable<ReviewDto['answer']>;
export type ReviewPageDto = Omit<Static<typeof PublicReviewPage>, 'items'> & { items: ReviewDto[] };
export type StaffReviewDto = ReviewDto & { flaggedKeywords: string[]; statusReason: string | null };
