import { Nullable } from '@tradeqn/kit';
import { Type } from 'typebox';

/** The shapes of `/rfqs`: a request for quotes, a quote, a request with the quotes its viewer may see. */
export const Rfq = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  description: Type.String(),
  categoryId: Nullable(Type.String()),
  quantity: Type.Integer(),
  unit: Type.String(),
  targetPrice: Nullable(Type.Integer()),
  deadline: Type.String({ format: 'date-time' }),
  status: Type.String({ examples: ['open', 'closed', 'accepted'] }),
  acceptedQuoteId: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});
export const Quote = Type.Object({
  id: Type.String({ format: 'uuid' }),
  rfqId: Type.String(),
  enterpriseId: Type.String(),
  productId: Nullable(Type.String()),
  unitPrice: Type.Integer(),
  quantity: Type.Integer(),
  total: Type.Integer(),
  message: Type.String(),
  validUntil: Type.String({ format: 'date-time' }),
  status: Type.String({ examples: ['open', 'expired', 'accepted'] }),
  createdAt: Type.String({ format: 'date-time' }),
});
/** A quote in its enterprise's list, with the request it answers. */
export const EnterpriseQuote = Type.Intersect([
  Quote,
  Type.Object({
    rfq: Type.Object({ id: Type.String(), title: Type.String(), unit: Type.String(), status: Type.String() }),
  }),
]);
export const RfqDetail = Type.Intersect([
  Rfq,
  Type.Object({
    quoteCount: Type.Integer(),
    quotes: Type.Array(Quote),
    mine: Type.Boolean({ description: 'whether the caller posted this request (and may accept a quote)' }),
  }),
]);
export const RfqParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
