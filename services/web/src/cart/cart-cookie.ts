import type { FastifyReply, FastifyRequest } from 'fastify';

/** One line of the cart: a product and how many. */
export interface CartLine {
  productId: string;
  quantity: number;
}

const CART_COOKIE = 'tq_cart';
/** How many products a cart holds (50 lines fit well under a cookie's 4 KB). */
export const CART_MAX_LINES = 50;
const MAX_LINES = CART_MAX_LINES;
const MAX_QUANTITY = 10_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The cart lives in a signed cookie, so a visitor can fill it before signing in and without
 * JavaScript, and no table grows with abandoned carts. Prices, stock and sellers are read fresh
 * from the catalog whenever the cart is shown; the cookie holds only ids and quantities
 * (50 lines fit well under a cookie's 4 KB).
 */
export function readCart(request: FastifyRequest): CartLine[] {
  const raw = request.cookies[CART_COOKIE];
  if (!raw) return [];
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return [];
  try {
    const pairs = JSON.parse(unsigned.value) as unknown;
    if (!Array.isArray(pairs)) return [];
    return pairs.flatMap((pair): CartLine[] =>
      Array.isArray(pair) &&
      typeof pair[0] === 'string' &&
      UUID.test(pair[0]) &&
      Number.isInteger(pair[1]) &&
      pair[1] > 0 &&
      pair[1] <= MAX_QUANTITY
        ? [{ productId: pair[0], quantity: pair[1] }]
        : [],
    );
  } catch {
    return [];
  }
}

export function writeCart(reply: FastifyReply, lines: CartLine[], secure: boolean): void {
  const kept = lines.filter((line) => line.quantity > 0).slice(0, MAX_LINES);
  if (kept.length === 0) {
    reply.clearCookie(CART_COOKIE, { path: '/' });
    return;
  }
  reply.setCookie(CART_COOKIE, JSON.stringify(kept.map((line) => [line.productId, line.quantity])), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    maxAge: 30 * 24 * 3600,
  });
}

/** Adds to a line (or makes it), keeping the order lines were first added in. */
export function addToCart(lines: CartLine[], productId: string, quantity: number): CartLine[] {
  const existing = lines.find((line) => line.productId === productId);
  if (!existing) return [...lines, { productId, quantity: Math.min(quantity, MAX_QUANTITY) }];
  return lines.map((line) =>
    line.productId === productId ? { productId, quantity: Math.min(line.quantity + quantity, MAX_QUANTITY) } : line,
  );
}

/** Sets a line's quantity; zero removes it. */
export function setCartQuantity(lines: CartLine[], productId: string, quantity: number): CartLine[] {
  if (quantity <= 0) return lines.filter((line) => line.productId !== productId);
  return lines.map((line) => (line.productId === productId ? { productId, quantity: Math.min(quantity, MAX_QUANTITY) } : line));
}

/** Takes the lines of these products out (what was just ordered). */
export function removeFromCart(lines: CartLine[], productIds: readonly string[]): CartLine[] {
  const gone = new Set(productIds);
  return lines.filter((line) => !gone.has(line.productId));
}

/** Whether adding this product would need a line the cart has no room for. */
export function cartIsFullFor(lines: CartLine[], productId: string): boolean {
  return lines.length >= MAX_LINES && !lines.some((line) => line.productId === productId);
}
