import { Nullable, StringEnum } from '@tradeqn/kit';
import { CheckoutPaymentSchema, PAYMENT_METHODS } from '@tradeqn/payments/contract';
import { Type } from 'typebox';
import { AddressSchema, OrderSchema } from '../orders/order-mapping.ts';

export const ShippingAddressBody = Type.Object(
  {
    fullName: Type.String({ minLength: 2, maxLength: 120 }),
    phone: Type.String({ minLength: 9, maxLength: 20, examples: ['0905123456'] }),
    provinceCode: Type.String({ pattern: '^\\d{2}$', examples: ['51'] }),
    wardCode: Type.String({ pattern: '^\\d{5}$', examples: ['21548'] }),
    street: Type.String({ minLength: 2, maxLength: 250 }),
  },
  { additionalProperties: false },
);

export const CheckoutBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          productId: Type.String({ format: 'uuid' }),
          quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
    shippingAddress: ShippingAddressBody,
    paymentMethod: StringEnum(PAYMENT_METHODS),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const CheckoutResponse = Type.Object({
  id: Type.String({ format: 'uuid', description: 'the checkout' }),
  total: Type.Integer(),
  orders: Type.Array(OrderSchema),
  payment: CheckoutPaymentSchema,
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128, pattern: '^[\\w.:-]+$' })),
});

const LineProblemSchema = Type.Union([
  Type.Object({ code: Type.Literal('not_on_sale') }),
  Type.Object({ code: Type.Literal('below_min_order'), minOrderQty: Type.Integer() }),
  Type.Object({ code: Type.Literal('out_of_stock'), stock: Type.Integer() }),
]);

/** The items of a checkout and, optionally, where they go: what `POST /orders` takes, without the payment. */
export const PreviewBody = Type.Object(
  {
    items: CheckoutBody.properties.items,
    shippingAddress: Type.Optional(ShippingAddressBody),
  },
  { additionalProperties: false },
);

export const PreviewResponse = Type.Object({
  sellers: Type.Array(
    Type.Object({
      enterprise: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String(), slug: Type.String() }),
      shippingRule: Type.Object({ flatFee: Type.Integer(), freeFrom: Nullable(Type.Integer()) }),
      items: Type.Array(
        Type.Object({
          productId: Type.String({ format: 'uuid' }),
          name: Type.String(),
          slug: Type.String(),
          unit: Type.String(),
          image: Nullable(Type.String()),
          quantity: Type.Integer(),
          unitPrice: Type.Integer({ description: 'đồng, the tier the quantity reaches' }),
          listPrice: Type.Integer(),
          tierMinQty: Nullable(Type.Integer({ description: 'the minimum quantity of the tier reached; null at list price' })),
          lineTotal: Type.Integer(),
          vatCategory: Type.String(),
          minOrderQty: Type.Integer(),
          stock: Type.Integer(),
          problem: Type.Union([LineProblemSchema, Type.Null()]),
        }),
      ),
      subtotal: Type.Integer(),
      shippingFee: Type.Integer(),
      total: Type.Integer(),
      vatIncluded: Type.Integer(),
    }),
  ),
  unavailable: Type.Array(Type.Object({ productId: Type.String({ format: 'uuid' }), quantity: Type.Integer() })),
  total: Type.Integer(),
  isOrderable: Type.Boolean(),
  shippingAddress: Type.Optional(AddressSchema),
});
