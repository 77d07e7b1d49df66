import type { CheckoutPreviewDto } from '@tradeqn/ordering/contract';
import type { ApiResult } from '../http/api-client.ts';
import type { PageContext } from '../http/page-context.ts';
import type { CartLine } from './cart-cookie.ts';

export type CartPreview = CheckoutPreviewDto;

/** An address as `POST /orders` takes it. */
export interface AddressInput {
  fullName: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
}

/**
 * The cart priced by ordering (`POST /orders/preview`): a part a seller with its shipping, the
 * tier each quantity reaches, the lines that cannot be ordered. The web computes no price.
 */
export async function previewCart(
  ctx: PageContext,
  lines: readonly CartLine[],
  shippingAddress?: AddressInput,
): Promise<ApiResult<CartPreview>> {
  const empty: CartPreview = { sellers: [], unavailable: [], total: 0, isOrderable: false };
  if (lines.length === 0) return { ok: true, status: 200, data: empty };
  return ctx.api.post<CartPreview>('/orders/preview', {
    body: {
      items: lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
      ...(shippingAddress ? { shippingAddress } : {}),
    },
  });
}
