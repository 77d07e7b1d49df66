import type { ProductDto } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import { formatVnd } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { addToCart, CART_MAX_LINES, type CartLine, cartIsFullFor, setCartQuantity, writeCart } from '../../cart/cart-cookie.ts';
import { type CartPreview, previewCart } from '../../cart/cart-preview.ts';
import { CsrfField } from '../../components/form.tsx';
import { ProductImage } from '../../components/product-image.tsx';
import { required } from '../../http/api-client.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A positive whole quantity as typed, or null. */
export function parseQuantity(raw: string): number | null {
  if (!/^\d{1,8}$/.test(raw)) return null;
  const quantity = Number(raw);
  return quantity > 0 ? quantity : null;
}

const count = (lines: CartLine[]) => lines.reduce((sum, line) => sum + line.quantity, 0);

/** Where "add to cart" goes back to: the page it was posted from when that is one of ours, else the cart. */
function backTo(ctx: PageContext, referer: string | undefined): string {
  if (!referer) return ctx.href('/gio-hang');
  try {
    const url = new URL(referer, ctx.site.publicUrl);
    // a path of ours only: `//host` would be read by the browser as another site
    if (url.origin !== new URL(ctx.site.publicUrl).origin || url.pathname.startsWith('//')) return ctx.href('/gio-hang');
    return `${url.pathname}${url.search}`;
  } catch {
    return ctx.href('/gio-hang');
  }
}

/** `/gio-hang`: the cookie cart, priced by ordering; adding, changing and removing lines. */
export async function cartPages(app: App): Promise<void> {
  app.post('/gio-hang/them', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const t = ctx.t.cart;
    const wantsJson = String(request.headers.accept ?? '').includes('application/json');
    const productId = formText(request.body, 'productId');
    const quantity = parseQuantity(formText(request.body, 'quantity') || '1');
    const refuse = (status: number, message: string) =>
      wantsJson
        ? reply
            .code(status)
            .header('cache-control', 'no-store')
            .send({ message, count: count(ctx.cart) })
        : sendPage(reply, <AddFailedPage ctx={ctx} message={message} back={backTo(ctx, request.headers.referer)} />, {
            status,
          });
    if (!UUID.test(productId)) return refuse(404, t.notForSale);
    if (quantity === null) return refuse(422, t.badQuantity);
    const found = await ctx.api.get<ProductDto>(`/products/${productId}`);
    // a member of the seller sees its drafts too: only what is approved is on sale
    if (!found.ok || found.data.status !== 'approved') return refuse(found.ok ? 404 : found.status, t.notForSale);
    const product = found.data;
    const inCart = ctx.cart.find((line) => line.productId === productId)?.quantity ?? 0;
    if (inCart + quantity < product.minOrderQty) return refuse(422, t.belowMin(product.minOrderQty, product.unit));
    if (cartIsFullFor(ctx.cart, productId)) return refuse(422, t.cartFull(CART_MAX_LINES));
    const lines = addToCart(ctx.cart, productId, quantity);
    writeCart(reply, lines, ctx.site.secure);
    if (wantsJson) {
      const total = count(lines);
      return reply
        .header('cache-control', 'no-store')
        .send({ message: t.added(product.name), count: total, cartLabel: ctx.t.common.cartWithCount(total) });
    }
    return redirectTo(reply, backTo(ctx, request.headers.referer));
  });

  app.post('/gio-hang/cap-nhat', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const productId = formText(request.body, 'productId');
    const raw = formText(request.body, 'quantity');
    const quantity = raw === '0' ? 0 : parseQuantity(raw);
    if (quantity === null || !ctx.cart.some((line) => line.productId === productId)) {
      return renderCart(reply, ctx, 422, ctx.t.cart.badQuantity);
    }
    writeCart(reply, setCartQuantity(ctx.cart, productId, quantity), ctx.site.secure);
    return redirectTo(reply, ctx.href('/gio-hang'));
  });

  app.post('/gio-hang/xoa', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    writeCart(reply, setCartQuantity(ctx.cart, formText(request.body, 'productId'), 0), ctx.site.secure);
    return redirectTo(reply, ctx.href('/gio-hang'));
  });

  app.get('/gio-hang', { schema: { hide: true } }, async (request, reply) => renderCart(reply, request.page));
}

async function renderCart(reply: FastifyReply, ctx: PageContext, status = 200, error?: string) {
  const preview = required(await previewCart(ctx, ctx.cart));
  return sendPage(reply, <CartPage ctx={ctx} preview={preview} error={error} />, { status });
}

function AddFailedPage({ ctx, message, back }: { ctx: PageContext; message: string; back: string }) {
  const t = ctx.t.cart;
  return (
    <Document ctx={ctx} meta={{ title: t.addFailedTitle, canonicalPath: '/gio-hang', noindex: true }}>
      <h1>{t.addFailedTitle}</h1>
      <p class="notice notice-warning" role="alert">
        {message}
      </p>
      <p>
        <a href={back}>{t.back}</a>
      </p>
    </Document>
  );
}

type PreviewLine = CartPreview['sellers'][number]['items'][number];

export function lineProblemText(ctx: PageContext, line: PreviewLine): string | null {
  const problem = line.problem;
  if (!problem) return null;
  if (problem.code === 'below_min_order') return ctx.t.cart.problemBelowMin(problem.minOrderQty, line.unit);
  if (problem.code === 'out_of_stock') return ctx.t.cart.problemOutOfStock(problem.stock, line.unit);
  return ctx.t.cart.notForSale;
}

/** A line's unit price and, when a wholesale tier is reached, which one and the retail price it replaces. */
export function UnitPrice({ ctx, line }: { ctx: PageContext; line: PreviewLine }) {
  const t = ctx.t.cart;
  return (
    <>
      <span class="price">{formatVnd(line.unitPrice)}</span> <span class="unit">{t.perUnit(line.unit)}</span>
      {line.tierMinQty !== null ? (
        <span class="tier-note">
          {t.tierReached(line.tierMinQty, line.unit)} · <s>{t.listPrice(formatVnd(line.listPrice))}</s>
        </span>
      ) : null}
    </>
  );
}

function CartPage({ ctx, preview, error }: { ctx: PageContext; preview: CartPreview; error?: string | undefined }) {
  const t = ctx.t.cart;
  const isEmpty = preview.sellers.length === 0 && preview.unavailable.length === 0;
  return (
    <Document ctx={ctx} meta={{ title: t.title, description: t.description, canonicalPath: '/gio-hang', noindex: true }}>
      <h1>{t.title}</h1>
      {error ? (
        <p class="notice notice-warning" role="alert">
          {error}
        </p>
      ) : null}
      {isEmpty ? (
        <div class="empty">
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyText}</p>
          <a class="button" href={ctx.href('/tim-kiem')}>
            {t.browse}
          </a>
        </div>
      ) : (
        <>
          {preview.unavailable.length > 0 ? (
            <section class="notice notice-warning cart-unavailable" aria-labelledby="cart-unavailable">
              <h2 id="cart-unavailable">{t.unavailableTitle}</h2>
              <p>{t.unavailableText}</p>
              <ul>
                {preview.unavailable.map((item) => (
                  <li>
                    {t.unavailableItem(item.quantity)}{' '}
                    <form method="post" action={ctx.href('/gio-hang/xoa')} class="inline-form">
                      <CsrfField ctx={ctx} />
                      <input type="hidden" name="productId" value={item.productId} />
                      <button type="submit" class="link-button">
                        {t.remove}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {preview.sellers.map((seller) => (
            <section class="seller-group" aria-labelledby={`seller-${seller.enterprise.id}`} data-seller={seller.enterprise.id}>
              <h2 id={`seller-${seller.enterprise.id}`}>
                <a href={ctx.href(`/doanh-nghiep/${seller.enterprise.slug}`)}>{t.soldBy(seller.enterprise.name)}</a>
              </h2>
              <ul class="cart-lines plain-list">
                {seller.items.map((line) => {
                  const problem = lineProblemText(ctx, line);
                  return (
                    <li class={problem ? 'cart-line cart-line-problem' : 'cart-line'} data-product={line.productId}>
                      <ProductImage url={line.image} alt="" sizes="80px" width={80} lazy />
                      <div class="cart-line-body">
                        <h3>
                          <a href={ctx.href(`/san-pham/${line.slug}`)}>{line.name}</a>
                        </h3>
                        <p class="cart-line-price">
                          <UnitPrice ctx={ctx} line={line} />
                        </p>
                        {problem ? (
                          <p class="field-error" role="alert">
                            {problem}
                          </p>
                        ) : null}
                        <form method="post" action={ctx.href('/gio-hang/cap-nhat')} class="cart-quantity">
                          <CsrfField ctx={ctx} />
                          <input type="hidden" name="productId" value={line.productId} />
                          <label for={`qty-${line.productId}`} class="visually-hidden">
                            {t.quantityOf(line.name)}
                          </label>
                          <input
                            id={`qty-${line.productId}`}
                            type="number"
                            name="quantity"
                            value={line.quantity}
                            min={0}
                            max={10_000_000}
                            inputMode="numeric"
                          />
                          <button type="submit" class="button-secondary">
                            {t.update}
                          </button>
                        </form>
                        <form method="post" action={ctx.href('/gio-hang/xoa')} class="inline-form">
                          <CsrfField ctx={ctx} />
                          <input type="hidden" name="productId" value={line.productId} />
                          <button type="submit" class="link-button" aria-label={t.removeLabel(line.name)}>
                            {t.remove}
                          </button>
                        </form>
                      </div>
                      <p class="cart-line-total">
                        <span class="visually-hidden">{t.lineTotal}: </span>
                        {formatVnd(line.lineTotal)}
                      </p>
                    </li>
                  );
                })}
              </ul>
              <SellerTotals ctx={ctx} seller={seller} />
            </section>
          ))}
          <dl class="totals cart-total">
            <dt class="grand">{t.grandTotal}</dt>
            <dd class="grand" data-total={preview.total}>
              {formatVnd(preview.total)}
            </dd>
          </dl>
          <p class="muted">{t.priceNote}</p>
          {preview.isOrderable ? null : (
            <p class="notice notice-warning" role="status">
              {t.fixBeforeCheckout}
            </p>
          )}
          <p class="cart-actions">
            <a class="button-secondary button" href={ctx.href('/tim-kiem')}>
              {t.continueShopping}
            </a>{' '}
            {preview.isOrderable ? (
              <a class="button" href={ctx.href('/thanh-toan')}>
                {t.checkout}
              </a>
            ) : null}
          </p>
        </>
      )}
    </Document>
  );
}

/** A seller's subtotal, its delivery fee (and from what amount it is free) and its total, as ordering priced them. */
export function SellerTotals({ ctx, seller }: { ctx: PageContext; seller: CartPreview['sellers'][number] }) {
  const t = ctx.t.cart;
  return (
    <dl class="totals" data-seller-totals={seller.enterprise.id}>
      <dt>{t.subtotal}</dt>
      <dd data-subtotal={seller.subtotal}>{formatVnd(seller.subtotal)}</dd>
      <dt>{t.shipping}</dt>
      <dd data-shipping={seller.shippingFee}>{seller.shippingFee === 0 ? t.shippingFree : formatVnd(seller.shippingFee)}</dd>
      {seller.shippingRule.freeFrom !== null && seller.shippingFee > 0 ? (
        <dd class="muted totals-note">{t.freeFrom(formatVnd(seller.shippingRule.freeFrom))}</dd>
      ) : null}
      <dt>{t.sellerTotal}</dt>
      <dd data-seller-total={seller.total}>{formatVnd(seller.total)}</dd>
    </dl>
  );
}
