import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { httpErrors, isStaff, type Principal } from '@tradeqn/kit';
import { parseTaxCode, TAX_CODE_PROBLEMS } from '@tradeqn/vn';
import { orderErrors } from '../orders/order-errors.ts';
import { createOrderRepository, type OrderRow } from '../orders/order-repository.ts';
import { vatInvoiceErrors } from './vat-invoice-errors.ts';
import { createVatInvoiceRepository, type VatInvoiceDetails, type VatInvoiceRow } from './vat-invoice-repository.ts';

export interface VatInvoiceDeps {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'roleOf'>;
}

export interface VatInvoiceInput {
  companyName: string;
  taxCode: string;
  address: string;
  email?: string;
}

export function toVatInvoiceView(row: VatInvoiceRow | undefined) {
  if (!row) return null;
  return {
    companyName: row.companyName,
    taxCode: row.taxCode,
    address: row.address,
    email: row.email,
    requestedAt: row.requestedAt.toISOString(),
    invoiceNumber: row.invoiceNumber,
    issuedAt: row.issuedAt?.toISOString() ?? null,
  };
}

/** A buyer asks for a VAT invoice made out to a company; the seller sees it and records the one it issued. */
export function createVatInvoiceService(deps: VatInvoiceDeps) {
  const orders = createOrderRepository();
  const requests = createVatInvoiceRepository();

  async function partiesOf(principal: Principal, order: OrderRow) {
    const buyer = order.buyerId === principal.userId;
    const seller = (await deps.enterprises.roleOf(order.enterpriseId, principal.userId)) !== null;
    return { buyer, seller, staff: isStaff(principal) };
  }

  /** The order and the caller's part in it; 404 to anyone outside it, as for the order itself. */
  async function visibleOrder(principal: Principal, orderId: string) {
    const order = await orders.byId(deps.db, orderId);
    const parties = order ? await partiesOf(principal, order) : undefined;
    if (!order || !parties || !(parties.buyer || parties.seller || parties.staff)) throw orderErrors.ORDERING_ORDER_NOT_FOUND();
    return { order, parties };
  }

  function details(input: VatInvoiceInput): VatInvoiceDetails {
    const parsed = parseTaxCode(input.taxCode);
    if (!parsed.ok) {
      throw httpErrors.HTTP_VALIDATION_FAILED({ vi: 'Mã số thuế không hợp lệ', en: 'The tax code is not valid' }, [
        { path: '/body/taxCode', message: TAX_CODE_PROBLEMS[parsed.reason] },
      ]);
    }
    return {
      companyName: input.companyName.trim(),
      taxCode: parsed.taxCode,
      address: input.address.trim(),
      email: input.email?.trim().toLowerCase() || null,
    };
  }

  return {
    async get(principal: Principal, orderId: string) {
      await visibleOrder(principal, orderId);
      return { vatInvoice: toVatInvoiceView(await requests.byOrder(deps.db, orderId)) };
    },

    /** Asks for (or corrects) the invoice's details until the seller has issued it. */
    async request(principal: Principal, orderId: string, input: VatInvoiceInput) {
      const { order, parties } = await visibleOrder(principal, orderId);
      if (!parties.buyer) throw vatInvoiceErrors.ORDERING_VAT_INVOICE_BUYER_ONLY();
      if (order.status === 'cancelled') throw vatInvoiceErrors.ORDERING_VAT_INVOICE_CANCELLED_ORDER();
      const row = await requests.upsertUnissued(deps.db, orderId, principal.userId, details(input));
      if (!row) throw vatInvoiceErrors.ORDERING_VAT_INVOICE_ISSUED();
      return { vatInvoice: toVatInvoiceView(row) };
    },

    /** The seller records the invoice its e-invoice system issued; once. */
    async markIssued(principal: Principal, orderId: string, invoiceNumber: string) {
      const { order, parties } = await visibleOrder(principal, orderId);
      if (!parties.seller) throw vatInvoiceErrors.ORDERING_VAT_INVOICE_SELLER_ONLY();
      if (order.status === 'cancelled') throw vatInvoiceErrors.ORDERING_VAT_INVOICE_CANCELLED_ORDER();
      const row = await requests.markIssued(deps.db, orderId, invoiceNumber.trim(), principal.userId);
      if (row) return { vatInvoice: toVatInvoiceView(row) };
      const existing = await requests.byOrder(deps.db, orderId);
      throw existing ? vatInvoiceErrors.ORDERING_VAT_INVOICE_ISSUED() : vatInvoiceErrors.ORDERING_VAT_INVOICE_NOT_REQUESTED();
    },
  };
}

export type VatInvoiceService = ReturnType<typeof createVatInvoiceService>;
