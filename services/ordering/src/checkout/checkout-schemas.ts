import { StringEnum } from '@tradeqn/kit';
import { CheckoutPaymentSchema, PAYMENT_METHODS } from '@tradeqn/payments/contract';
import { Type } from 'typebox';
import { OrderSchema } from '../orders/order-mapping.ts';

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
