import { createHash, randomUUID } from 'node:crypto';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import { createBatcher, type Db, isUniqueViolation } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { type OutboxWriter, outboxEntry } from '@tradeqn/events';
import type { ProblemField } from '@tradeqn/kit';
import type { CheckoutPayment, PaymentMethod, PaymentsApi } from '@tradeqn/payments/contract';
import { normalizePhoneVn, resolveWard } from '@tradeqn/vn';
import { OrderingEvents } from '../contract/index.ts';
import type { ShippingAddress } from '../db/schema.ts';
import { orderErrors } from '../orders/order-errors.ts';
import type { OrderView } from '../orders/order-mapping.ts';
import { toOrderView } from '../orders/order-mapping.ts';
import { type CheckoutToPlace, createOrderRepository, type OrderLineRow, type OrderRow } from '../orders/order-repository.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { ShippingRules } from '../shipping/shipping-rules.ts';
import { newOrderCode } from './order-code.ts';
import { type DraftLine, draftOrders, type SellerSnapshot, serviceAmountOf } from './order-drafts.ts';
import { unitPriceFor } from './pricing.ts';

export type { DraftLine } from './order-drafts.ts';

export interface CheckoutInput {
  items: { productId: string; quantity: number }[];
  shippingAddress: { fullName: string; phone: string; provinceCode: string; wardCode: string; street: string };
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
  outbox: OutboxWriter;
  catalog: Pick<CatalogApi, 'getSellableProducts' | 'reserveStock' | 'releaseReservation'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprises'>;
  payments: Pick<PaymentsApi, 'check' | 'start' | 'expire'>;
  shipping: ShippingRules;
  orders: OrderService;
  config: {
    paymentTtl: { onlineMs: number; bankTransferMs: number };
    /** How long reserved units wait for their order to be written before they go back by themselves. */
    reservationHoldMs: number;
  };
}

const ONLINE: readonly PaymentMethod[] = ['vnpay', 'stripe', 'bank_transfer'];

/**
 * Checkout as a saga: price → reserve stock (catalog, all or nothing, held for a while) → write
 * the orders with their `placed` events → open the payment. Each step undoes what came before
 * when it fails; a crash in between leaves a hold that lapses by itself. Keeping the stock for
 * good (committing the hold) follows from the `placed` event, off the buyer's request: see
 * order-effects.
 */
export function createCheckoutService(deps: CheckoutDeps) {
  const repo = createOrderRepository();
  // checkouts that arrive together share their statements (see createBatcher)
  const placeBatched = createBatcher<CheckoutToPlace, void>({
    run: async (inputs) => {
      await repo.placeCheckouts(deps.db, inputs);
      return inputs.map(() => undefined);
    },
    runOne: (input) => repo.placeCheckouts(deps.db, [input]),
  });
  const claimBatched = createBatcher<{ userId: string; key: string; requestHash: string }, boolean>({
    run: async (claims) => {
      const pair = (claim: { userId: string; key: string }) => `${claim.userId} ${claim.key}`;
      // the same key twice in one batch: the first may claim it, the second finds it taken
      const firsts = claims.filter((claim, index) => claims.findIndex((other) => pair(other) === pair(claim)) === index);
      const claimed = await repo.idempotency.claimFresh(deps.db, firsts);
      return claims.map((claim) => firsts.includes(claim) && claimed.has(pair(claim)));
    },
  });
  const completeBatched = createBatcher<{ userId: string; key: string; statusCode: number; response: unknown }, void>({
    run: async (answers) => {
      await repo.idempotency.completeMany(deps.db, answers);
      return answers.map(() => undefined);
    },
    runOne: (answer) => repo.idempotency.completeMany(deps.db, [answer]),
  });

  async function priceItems(items: CheckoutInput['items']): Promise<DraftLine[]> {
    const quantities = new Map<string, number>();
    for (const item of items) quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
    const products = new Map(
      (await deps.catalog.getSellableProducts([...quantities.keys()])).map((product) => [product.id, product]),
    );
    const unavailable: ProblemField[] = [];
    const belowMinimum: ProblemField[] = [];
    const short: ProblemField[] = [];
    items.forEach((item, index) => {
      const product = products.get(item.productId);
      const quantity = quantities.get(item.productId) ?? 0;
      if (!product) unavailable.push({ path: `/items/${index}/productId`, message: 'not on sale' });
      else if (quantity < product.minOrderQty)
        belowMinimum.push({
          path: `/items/${index}/quantity`,
          message: `minimum order is ${product.minOrderQty} ${product.unit}`,
        });
      else if (quantity > product.stock)
        short.push({ path: `/items/${index}/quantity`, message: `${product.stock} ${product.unit} in stock` });
    });
    if (unavailable.length) throw orderErrors.ORDERING_PRODUCT_UNAVAILABLE(undefined, unavailable);
    if (belowMinimum.length) throw orderErrors.ORDERING_BELOW_MIN_ORDER(undefined, belowMinimum);
    if (short.length) throw orderErrors.ORDERING_OUT_OF_STOCK(undefined, short);
    return [...quantities].map(([productId, quantity]) => {
      const product = products.get(productId);
      if (!product) throw new Error('priced a product that is not sellable');
      return {
        productId,
        enterpriseId: product.enterpriseId,
        name: product.name,
        slug: product.slug,
        unit: product.unit,
        quantity,
        unitPrice: unitPriceFor(product, quantity),
        vatCategory: product.vatCategory,
        isService: product.isService,
        seller: product.seller,
      };
    });
  }

  function resolveAddress(input: CheckoutInput['shippingAddress']): ShippingAddress {
    const phone = normalizePhoneVn(input.phone);
    const place = resolveWard(input.provinceCode, input.wardCode);
    const errors: ProblemField[] = [];
    if (!phone) errors.push({ path: '/shippingAddress/phone', message: 'not a Vietnamese phone number' });
    if (!place)
      errors.push({ path: '/shippingAddress/wardCode', message: 'no such ward in that province (units since 1 July 2025)' });
    if (!phone || !place) throw orderErrors.ORDERING_WARD_UNKNOWN(undefined, errors);
    return {
      fullName: input.fullName,
      phone,
      provinceCode: input.provinceCode,
      wardCode: input.wardCode,
      street: input.street,
      provinceName: place.province.name,
      wardName: place.ward.name,
    };
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

  // a clash of two fresh codes is caught by the unique index and the orders are written again
  const freshCodes = (count: number) => Array.from({ length: count }, newOrderCode);

  /** Places priced lines as one checkout; `quoteId` when they come from an accepted quote. */
  async function place(input: {
    buyerId: string;
    lines: DraftLine[];
    address: ShippingAddress;
    method: PaymentMethod;
    note: string | null;
    clientIp: string;
    quoteId?: string;
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

    let codes = freshCodes(enterpriseIds.length);
    const orderIds = enterpriseIds.map(() => randomUUID());
    const build = () =>
      draftOrders({
        checkoutId,
        buyerId: input.buyerId,
        lines: input.lines,
        sellers,
        rules,
        orderIds,
        codes,
        method: input.method,
        isAwaitingPayment: isOnline,
        paymentDueAt,
        address: input.address,
        note: input.note,
        quoteId: input.quoteId ?? null,
        now,
      });
    let { orders: orderRows, lines: lineRows } = build();

    const stockLines = lineRows
      .filter((line) => line.productId)
      .map((line) => ({ reservationId: line.orderId, productId: line.productId as string, quantity: line.quantity }));
    const reserved = await deps.catalog.reserveStock(stockLines, new Date(now.getTime() + deps.config.reservationHoldMs));
    if (!reserved.ok) {
      const index = input.lines.findIndex((line) => line.productId === reserved.productId);
      throw orderErrors.ORDERING_OUT_OF_STOCK(undefined, [
        { path: `/items/${Math.max(index, 0)}/quantity`, message: `${reserved.available} left in stock` },
      ]);
    }
    const releaseAll = () => Promise.all(orderIds.map((id) => deps.catalog.releaseReservation(id)));

    let written: { orders: OrderRow[]; lines: OrderLineRow[] };
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          written = await writeOrders(checkoutId, input.buyerId, input.method, orderRows, lineRows);
          break;
        } catch (error) {
          // two checkouts drew the same code in the same instant: draw again
          if (!isUniqueViolation(error) || attempt >= 3) throw error;
          codes = freshCodes(enterpriseIds.length);
          ({ orders: orderRows, lines: lineRows } = build());
        }
      }
    } catch (error) {
      await releaseAll();
      throw error;
    }

    let payment: CheckoutPayment;
    try {
      payment = await deps.payments.start({
        checkoutId,
        buyerId: input.buyerId,
        method: input.method,
        orders: orderRows.map((order) => ({
          orderId: order.id as string,
          code: order.code,
          enterpriseId: order.enterpriseId,
          amount: order.total,
          serviceAmount: serviceAmountOf(order.id, lineRows),
        })),
        clientIp: input.clientIp,
        expiresAt: paymentDueAt,
      });
    } catch (error) {
      for (const order of await repo.byCheckout(deps.db, checkoutId)) {
        await deps.orders.expireOne(order.id, 'Không khởi tạo được thanh toán');
      }
      console.error('[checkout] payment start failed', error);
      throw orderErrors.ORDERING_PAYMENT_FAILED();
    }

    const views = written.orders.map((row) => toOrderView(row, written.lines));
    return { id: checkoutId, total: views.reduce((sum, order) => sum + order.total, 0), orders: views, payment };
  }

  async function writeOrders(
    checkoutId: string,
    buyerId: string,
    method: string,
    orderRows: OrderRow[],
    lineRows: OrderLineRow[],
  ) {
    await placeBatched({
      checkout: { id: checkoutId, buyerId, paymentMethod: method, total: orderRows.reduce((sum, order) => sum + order.total, 0) },
      orders: orderRows,
      lines: lineRows,
      events: [
        ...orderRows.map((order) =>
          outboxEntry(OrderingEvents.placed, {
            orderId: order.id,
            checkoutId,
            code: order.code,
            buyerId,
            enterpriseId: order.enterpriseId,
            status: order.status,
            paymentMethod: method,
            total: order.total,
            serviceAmount: serviceAmountOf(order.id, lineRows),
            paymentDueAt: order.paymentDueAt?.toISOString() ?? null,
          }),
        ),
        outboxEntry(OrderingEvents.checkoutPlaced, { checkoutId, buyerId, orderIds: orderRows.map((order) => order.id) }),
      ],
      boughtProductIds: [...new Set(lineRows.flatMap((line) => (line.productId ? [line.productId] : [])))],
    });
    return { orders: orderRows, lines: lineRows };
  }

  return {
    priceItems,
    resolveAddress,
    place,

    async checkout(buyerId: string, input: CheckoutInput, clientIp: string): Promise<CheckoutResult> {
      const lines = await priceItems(input.items);
      const address = resolveAddress(input.shippingAddress);
      return place({ buyerId, lines, address, method: input.paymentMethod, note: input.note ?? null, clientIp });
    },

    /**
     * `Idempotency-Key`: the same key and body give back the first answer; the same key with
     * another body is refused; a failed attempt frees the key for a retry.
     */
    async idempotent<T>(
      buyerId: string,
      key: string | undefined,
      body: unknown,
      run: () => Promise<T>,
    ): Promise<{ replayed: boolean; result: T }> {
      if (!key) return { replayed: false, result: await run() };
      const hash = createHash('sha256').update(canonicalJson(body)).digest('hex');
      // most keys are fresh: claimed together with the other requests of the moment; the rest
      // (a retry, a key whose first request died) are looked at one by one
      const claim = (await claimBatched({ userId: buyerId, key, requestHash: hash }))
        ? { claimed: true as const }
        : await repo.idempotency.claim(deps.db, buyerId, key, hash);
      if (!claim.claimed) {
        if (claim.row?.requestHash !== hash) throw orderErrors.ORDERING_IDEMPOTENCY_MISMATCH();
        if (claim.row.response === null || claim.row.response === undefined) throw orderErrors.ORDERING_IDEMPOTENCY_IN_PROGRESS();
        return { replayed: true, result: claim.row.response as T };
      }
      try {
        const result = await run();
        await completeBatched({ userId: buyerId, key, statusCode: 201, response: result });
        return { replayed: false, result };
      } catch (error) {
        await repo.idempotency.release(deps.db, buyerId, key);
        throw error;
      }
    },
  };
}

/** JSON with sorted keys: the same body written in another key order is the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
