import { randomUUID } from 'node:crypto';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { ProblemField } from '@tradeqn/kit';
import type { CheckoutPayment, PaymentMethod, PaymentsApi } from '@tradeqn/payments/contract';
import type { ShippingAddress } from '../db/schema.ts';
import { orderErrors } from '../orders/order-errors.ts';
import type { OrderView } from '../orders/order-mapping.ts';
import { toOrderView } from '../orders/order-mapping.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { ShippingRules } from '../shipping/shipping-rules.ts';
import { assessItems, type LineProblem, previewCheckout } from './checkout-preview.ts';
import { createCheckoutRepository } from './checkout-repository.ts';
import { createCheckoutSaga } from './checkout-saga.ts';
import { createIdempotencyKeyRepository } from './idempotency-key-repository.ts';
import { createIdempotencyKeys } from './idempotency-keys.ts';
import { newOrderCode } from './order-code.ts';
import { type DraftLine, draftOrders, type SellerSnapshot } from './order-drafts.ts';
import { unitPriceFor, vatCategoryOn } from './pricing.ts';
import type { SagaLogger } from './saga.ts';
import { type AddressInput, resolveShippingAddress } from './shipping-address.ts';

export type { DraftLine } from './order-drafts.ts';

export interface CheckoutInput {
  items: { productId: string; quantity: number }[];
  shippingAddress: AddressInput;
  paymentMethod: PaymentMethod;
  note?: string;
}

export interface CheckoutResult {
  id: string;
  total: number;
  orders: OrderView[];
  payment: CheckoutPayment;
}

export interface CheckoutDeps {
  db: Db;
  catalog: Pick<CatalogApi, 'getSellableProducts' | 'reserveStock' | 'releaseReservation'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprises'>;
  payments: Pick<PaymentsApi, 'check' | 'start'>;
  shipping: ShippingRules;
  orders: Pick<OrderService, 'expireOne'>;
  /** Where a payment that could not be opened, or an undo that failed, is told. */
  logger: SagaLogger;
  config: {
    paymentTtl: { onlineMs: number; bankTransferMs: number };
    /** How long reserved units wait for their order to be written before they go back by themselves. */
    reservationHoldMs: number;
  };
}

const ONLINE: readonly PaymentMethod[] = ['vnpay', 'stripe', 'bank_transfer'];

/**
 * The buyer's side of checkout: prices the items, resolves the address, finds the sellers and
 * whether the payment method serves them, drafts one order a seller, and hands the draft to the
 * checkout saga (checkout-saga.ts) that reserves, writes and opens the payment.
 */
export function createCheckoutService(deps: CheckoutDeps) {
  const placeCheckout = createCheckoutSaga({
    catalog: deps.catalog,
    checkouts: createCheckoutRepository(deps.db),
    orders: deps.orders,
    payments: deps.payments,
    logger: deps.logger,
    reservationHoldMs: deps.config.reservationHoldMs,
  });
  const idempotencyKeys = createIdempotencyKeys(createIdempotencyKeyRepository(deps.db));

  async function sellableProducts(items: CheckoutInput['items']) {
    const ids = [...new Set(items.map((item) => item.productId))];
    return new Map((await deps.catalog.getSellableProducts(ids)).map((product) => [product.id, product]));
  }

  async function priceItems(items: CheckoutInput['items']): Promise<DraftLine[]> {
    const assessed = assessItems(items, await sellableProducts(items));
    const fields = (code: LineProblem['code']) =>
      assessed.flatMap((item): ProblemField[] => {
        const problem = item.problem;
        if (problem?.code !== code) return [];
        const unit = item.product?.unit ?? '';
        if (problem.code === 'not_on_sale') return [{ path: `/items/${item.index}/productId`, message: 'not on sale' }];
        if (problem.code === 'below_min_order')
          return [{ path: `/items/${item.index}/quantity`, message: `minimum order is ${problem.minOrderQty} ${unit}` }];
        return [{ path: `/items/${item.index}/quantity`, message: `${problem.stock} ${unit} in stock` }];
      });
    const unavailable = fields('not_on_sale');
    const belowMinimum = fields('below_min_order');
    const short = fields('out_of_stock');
    if (unavailable.length) throw orderErrors.ORDERING_PRODUCT_UNAVAILABLE(undefined, unavailable);
    if (belowMinimum.length) throw orderErrors.ORDERING_BELOW_MIN_ORDER(undefined, belowMinimum);
    if (short.length) throw orderErrors.ORDERING_OUT_OF_STOCK(undefined, short);
    const lines = new Map<string, DraftLine>();
    for (const { productId, quantity, product } of assessed) {
      if (!product) throw new Error('priced a product that is not sellable');
      lines.set(productId, {
        productId,
        enterpriseId: product.enterpriseId,
        name: product.name,
        slug: product.slug,
        unit: product.unit,
        quantity,
        unitPrice: unitPriceFor(product, quantity),
        vatCategory: vatCategoryOn(product.vatCategory, new Date()),
        isService: product.isService,
        seller: product.seller,
      });
    }
    return [...lines.values()];
  }

  /** What these items would cost, a part a seller, with each line's problem; nothing is reserved or written. */
  async function preview(input: { items: CheckoutInput['items']; shippingAddress?: AddressInput }) {
    const shippingAddress = input.shippingAddress ? resolveShippingAddress(input.shippingAddress) : undefined;
    const assessed = assessItems(input.items, await sellableProducts(input.items));
    const sellerIds = [...new Set(assessed.flatMap((item) => (item.product ? [item.product.enterpriseId] : [])))];
    const rules = sellerIds.length ? await deps.shipping.forEnterprises(sellerIds) : new Map();
    return { ...previewCheckout(assessed, rules), ...(shippingAddress ? { shippingAddress } : {}) };
  }

  async function sellersOf(lines: DraftLine[]): Promise<Map<string, SellerSnapshot>> {
    const sellers = new Map<string, SellerSnapshot>();
    for (const line of lines) if (line.seller) sellers.set(line.enterpriseId, line.seller);
    const missing = [...new Set(lines.map((line) => line.enterpriseId))].filter((id) => !sellers.has(id));
    const found = missing.length ? await deps.enterprises.getEnterprises(missing) : [];
    for (const id of missing) {
      const enterprise = found.find((one) => one.id === id);
      if (enterprise?.status !== 'approved') throw orderErrors.ORDERING_PRODUCT_UNAVAILABLE();
      sellers.set(id, { name: enterprise.name, slug: enterprise.slug, type: enterprise.type });
    }
    return sellers;
  }

  /** Places priced lines as one checkout; `quoteId` when they come from an accepted quote. */
  async function place(input: {
    buyerId: string;
    lines: DraftLine[];
    address: ShippingAddress;
    method: PaymentMethod;
    note: string | null;
    clientIp: string;
    quoteId?: string;
    /** The partner site placing it for the buyer (`orders:write`), if any. */
    partnerId?: string | null;
  }): Promise<CheckoutResult> {
    const sellers = await sellersOf(input.lines);
    const enterpriseIds = [...sellers.keys()];
    const check = await deps.payments.check(input.method, enterpriseIds);
    if (!check.ok) {
      const seller = check.reason === 'no_bank_account' ? sellers.get(check.enterpriseId)?.name : undefined;
      throw orderErrors.ORDERING_PAYMENT_METHOD_UNAVAILABLE(
        seller
          ? {
              vi: `${seller} chưa khai báo tài khoản ngân hàng để nhận chuyển khoản`,
              en: `${seller} has no bank account for transfers`,
            }
          : { vi: 'Phương thức thanh toán này chưa được bật trên sàn', en: 'This payment method is not enabled' },
      );
    }
    const rules = await deps.shipping.forEnterprises(enterpriseIds);
    const now = new Date();
    const isOnline = ONLINE.includes(input.method);
    const paymentDueAt = isOnline
      ? new Date(
          now.getTime() +
            (input.method === 'bank_transfer' ? deps.config.paymentTtl.bankTransferMs : deps.config.paymentTtl.onlineMs),
        )
      : null;
    const checkoutId = randomUUID();
    const orderIds = enterpriseIds.map(() => randomUUID());

    const placed = await placeCheckout({
      checkoutId,
      buyerId: input.buyerId,
      method: input.method,
      clientIp: input.clientIp,
      paymentDueAt,
      now,
      pricedLines: input.lines,
      draftOrders: () =>
        draftOrders({
          checkoutId,
          buyerId: input.buyerId,
          lines: input.lines,
          sellers,
          rules,
          orderIds,
          // a clash of two fresh codes is caught by the unique index and the orders drafted again
          codes: enterpriseIds.map(newOrderCode),
          method: input.method,
          isAwaitingPayment: isOnline,
          paymentDueAt,
          address: input.address,
          note: input.note,
          quoteId: input.quoteId ?? null,
          partnerId: input.partnerId ?? null,
          now,
        }),
    });
    const views = placed.orders.map((row) => toOrderView(row, placed.lines));
    return { id: checkoutId, total: views.reduce((sum, order) => sum + order.total, 0), orders: views, payment: placed.payment };
  }

  return {
    priceItems,
    preview,
    resolveAddress: resolveShippingAddress,
    place,

    async checkout(
      buyerId: string,
      input: CheckoutInput,
      clientIp: string,
      partnerId: string | null = null,
    ): Promise<CheckoutResult> {
      const lines = await priceItems(input.items);
      const address = resolveShippingAddress(input.shippingAddress);
      return place({ buyerId, lines, address, method: input.paymentMethod, note: input.note ?? null, clientIp, partnerId });
    },

    /** Runs a request once for its `Idempotency-Key` (see idempotency-keys.ts). */
    idempotent: idempotencyKeys.once,
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
