import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { ORDER_STATUSES } from '../contract/index.ts';
import type { HistoryRow, OrderLineRow, OrderRow } from './order-repository.ts';

export const OrderLineSchema = Type.Object({
  productId: Nullable(Type.String({ format: 'uuid' })),
  name: Type.String(),
  slug: Nullable(Type.String()),
  unit: Type.String(),
  quantity: Type.Integer(),
  unitPrice: Type.Integer({ description: 'đồng, VAT included' }),
  lineTotal: Type.Integer(),
  vatCategory: Type.String({ examples: ['8', 'KCT'] }),
});

export const AddressSchema = Type.Object({
  fullName: Type.String(),
  phone: Type.String(),
  provinceCode: Type.String(),
  wardCode: Type.String(),
  street: Type.String(),
  provinceName: Type.String(),
  wardName: Type.String(),
});

export const OrderSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    code: Type.String({ examples: ['QNG-7K3F2'] }),
    checkoutId: Type.String({ format: 'uuid' }),
    buyerId: Type.String({ format: 'uuid' }),
    enterpriseId: Type.String({ format: 'uuid' }),
    enterprise: Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() }),
    status: StringEnum(ORDER_STATUSES),
    paymentMethod: Type.String(),
    items: Type.Array(OrderLineSchema),
    subtotal: Type.Integer(),
    shippingFee: Type.Integer(),
    total: Type.Integer(),
    vatIncluded: Type.Integer({ description: 'VAT contained in the total' }),
    shippingAddress: AddressSchema,
    note: Nullable(Type.String()),
    quoteId: Nullable(Type.String({ format: 'uuid' })),
    paymentDueAt: Nullable(Type.String({ format: 'date-time' })),
    paidAt: Nullable(Type.String({ format: 'date-time' })),
    confirmedAt: Nullable(Type.String({ format: 'date-time' })),
    shippedAt: Nullable(Type.String({ format: 'date-time' })),
    deliveredAt: Nullable(Type.String({ format: 'date-time' })),
    completedAt: Nullable(Type.String({ format: 'date-time' })),
    cancelledAt: Nullable(Type.String({ format: 'date-time' })),
    refundedAt: Nullable(Type.String({ format: 'date-time' })),
    cancelReason: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Order' },
);
export type OrderView = Static<typeof OrderSchema>;

export const HistoryEntrySchema = Type.Object({
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  actorRole: Type.String(),
  actorId: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  at: Type.String({ format: 'date-time' }),
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toOrderView(row: OrderRow, lines: OrderLineRow[]): OrderView {
  return {
    id: row.id,
    code: row.code,
    checkoutId: row.checkoutId,
    buyerId: row.buyerId,
    enterpriseId: row.enterpriseId,
    enterprise: { id: row.enterpriseId, name: row.seller.name, slug: row.seller.slug },
    status: row.status as OrderView['status'],
    paymentMethod: row.paymentMethod,
    items: lines
      .filter((line) => line.orderId === row.id)
      .map((line) => ({
        productId: line.productId,
        name: line.name,
        slug: line.slug,
        unit: line.unit,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        lineTotal: line.lineTotal,
        vatCategory: line.vatCategory,
      })),
    subtotal: row.subtotal,
    shippingFee: row.shippingFee,
    total: row.total,
    vatIncluded: row.vatIncluded,
    shippingAddress: row.shippingAddress,
    note: row.note,
    quoteId: row.quoteId,
    paymentDueAt: iso(row.paymentDueAt),
    paidAt: iso(row.paidAt),
    confirmedAt: iso(row.confirmedAt),
    shippedAt: iso(row.shippedAt),
    deliveredAt: iso(row.deliveredAt),
    completedAt: iso(row.completedAt),
    cancelledAt: iso(row.cancelledAt),
    refundedAt: iso(row.refundedAt),
    cancelReason: row.cancelReason,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toHistoryView(row: HistoryRow) {
  return {
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    actorRole: row.actorRole,
    actorId: row.actorId,
    reason: row.reason,
    at: row.at.toISOString(),
  };
}
