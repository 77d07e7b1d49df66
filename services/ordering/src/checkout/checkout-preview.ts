import type { SellableProduct } from '@tradeqn/catalog/contract';
import { type SellerTotals, sellerTotals } from './order-drafts.ts';
import { DEFAULT_SHIPPING_RULE, type ShippingRule, unitPriceFor, vatCategoryOn } from './pricing.ts';

/** Why a line of a cart cannot be ordered as it is. */
export type LineProblem =
  | { code: 'not_on_sale' }
  | { code: 'below_min_order'; minOrderQty: number }
  | { code: 'out_of_stock'; stock: number };

/** One asked item, with the product it names (when sellable) and what stops it being ordered. */
export interface AssessedItem {
  index: number;
  productId: string;
  /** The quantity of this product over every item that names it (the quantity that is priced). */
  quantity: number;
  product: SellableProduct | undefined;
  problem: LineProblem | null;
}

/**
 * The same rules checkout applies, answered line by line instead of thrown: on sale, at least the
 * minimum order, no more than the stock. Items naming the same product count together.
 */
export function assessItems(
  items: readonly { productId: string; quantity: number }[],
  products: ReadonlyMap<string, SellableProduct>,
): AssessedItem[] {
  const quantities = new Map<string, number>();
  for (const item of items) quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
  return items.map((item, index) => {
    const product = products.get(item.productId);
    const quantity = quantities.get(item.productId) ?? 0;
    let problem: LineProblem | null = null;
    if (!product) problem = { code: 'not_on_sale' };
    else if (quantity < product.minOrderQty) problem = { code: 'below_min_order', minOrderQty: product.minOrderQty };
    else if (quantity > product.stock) problem = { code: 'out_of_stock', stock: product.stock };
    return { index, productId: item.productId, quantity, product, problem };
  });
}

export interface PreviewLine {
  productId: string;
  name: string;
  slug: string;
  unit: string;
  image: string | null;
  quantity: number;
  /** The price this quantity buys at: the wholesale tier it reaches, else the list price. */
  unitPrice: number;
  listPrice: number;
  /** The minimum quantity of the tier reached; null at the list price. */
  tierMinQty: number | null;
  lineTotal: number;
  vatCategory: string;
  minOrderQty: number;
  stock: number;
  problem: LineProblem | null;
}

export interface PreviewSeller extends SellerTotals {
  enterprise: { id: string; name: string; slug: string };
  shippingRule: ShippingRule;
  items: PreviewLine[];
}

export interface CheckoutPreview {
  sellers: PreviewSeller[];
  /** Products no longer on sale: not priced, left out of every total. */
  unavailable: { productId: string; quantity: number }[];
  total: number;
  /** Whether `POST /orders` with these items would pass the item checks (stock may still move). */
  isOrderable: boolean;
}

/**
 * What a checkout of these items would cost, one part a seller, with the lines that cannot be
 * ordered as they are marked (and still priced, so the buyer sees what to change). Pure: the
 * products and the sellers' shipping rules are read by the caller. Totals are `sellerTotals`,
 * the function the orders are drafted with, so a preview and the orders cannot disagree.
 */
export function previewCheckout(assessed: readonly AssessedItem[], rules: ReadonlyMap<string, ShippingRule>): CheckoutPreview {
  const sellers = new Map<string, PreviewSeller>();
  const unavailable: CheckoutPreview['unavailable'] = [];
  const seen = new Set<string>();
  for (const item of assessed) {
    if (seen.has(item.productId)) continue;
    seen.add(item.productId);
    const product = item.product;
    if (!product) {
      unavailable.push({ productId: item.productId, quantity: item.quantity });
      continue;
    }
    const unitPrice = unitPriceFor(product, item.quantity);
    const tier = [...product.wholesaleTiers].reverse().find((one) => item.quantity >= one.minQty);
    let seller = sellers.get(product.enterpriseId);
    if (!seller) {
      seller = {
        enterprise: { id: product.enterpriseId, name: product.seller.name, slug: product.seller.slug },
        shippingRule: rules.get(product.enterpriseId) ?? DEFAULT_SHIPPING_RULE,
        items: [],
        subtotal: 0,
        shippingFee: 0,
        total: 0,
        vatIncluded: 0,
      };
      sellers.set(product.enterpriseId, seller);
    }
    seller.items.push({
      productId: product.id,
      name: product.name,
      slug: product.slug,
      unit: product.unit,
      image: product.images[0] ?? null,
      quantity: item.quantity,
      unitPrice,
      listPrice: product.price,
      tierMinQty: tier && unitPrice === tier.price ? tier.minQty : null,
      lineTotal: unitPrice * item.quantity,
      vatCategory: vatCategoryOn(product.vatCategory, new Date()),
      minOrderQty: product.minOrderQty,
      stock: product.stock,
      problem: item.problem,
    });
  }
  const groups = [...sellers.values()].map((seller) => ({ ...seller, ...sellerTotals(seller.items, seller.shippingRule) }));
  return {
    sellers: groups,
    unavailable,
    total: groups.reduce((sum, seller) => sum + seller.total, 0),
    isOrderable: assessed.length > 0 && assessed.every((item) => item.problem === null),
  };
}
