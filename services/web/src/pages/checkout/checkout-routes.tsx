import { randomUUID } from 'node:crypto';
import type { App } from '@tradeqn/kit';
import type { CheckoutResultDto, OrderDetailDto } from '@tradeqn/ordering/contract';
import { formatDateTimeVn, formatVnd } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { type CartLine, removeFromCart, writeCart } from '../../cart/cart-cookie.ts';
import { type AddressInput, type CartPreview, previewCart } from '../../cart/cart-preview.ts';
import {
  AddressFields,
  type AddressValues,
  type AdminUnit,
  addressFieldName,
  isWardsRefresh,
  loadAddressUnits,
  readAddressFields,
} from '../../components/address-fields.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, fieldId, TextField } from '../../components/form.tsx';
import { type ApiProblem, required } from '../../http/api-client.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { SellerTotals, UnitPrice } from '../cart/cart-routes.tsx';
import { legalPath } from '../legal/legal-page-list.ts';

const PREFIX = 'shippingAddress';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;
/** Card payments open a Stripe PaymentIntent whose client secret needs Stripe.js, which the site's CSP does not allow. */
const WEB_METHODS = ['cod', 'bank_transfer', 'vnpay'] as const;

type Form = Record<string, string | string[] | undefined>;
const list = (body: unknown, name: string): string[] => {
  const value = (body as Form | undefined)?.[name];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
};

interface SavedAddress extends AddressValues {
  id: string;
  provinceName: string;
  wardName: string;
  isDefault: boolean;
}

/** A seller as `GET /enterprises/{id}` answers it: what the law asks a buyer be told before buying. */
interface SellerIdentity {
  id: string;
  name: string;
  taxCode: string | null;
  phone: string;
  email: string;
  address: { street: string; wardName: string; provinceName: string };
}

/** What the buyer chose on the first step, as typed. */
interface CheckoutChoices {
  savedAddressId: string;
  address: AddressValues;
  paymentMethod: string;
  note: string;
}

const emptyChoices: CheckoutChoices = {
  savedAddressId: '',
  address: { fullName: '', phone: '', provinceCode: '', wardCode: '', street: '' },
  paymentMethod: '',
  note: '',
};

async function offeredMethods(ctx: PageContext): Promise<{ methods: string[]; cardConfigured: boolean }> {
  const answer = required(await ctx.api.get<{ methods: string[] }>('/payments/methods'));
  return {
    methods: WEB_METHODS.filter((method) => answer.methods.includes(method)),
    cardConfigured: answer.methods.includes('stripe'),
  };
}

/** The order lines of a checkout form: `productId:quantity`, as the review page carries them. */
function readItems(body: unknown): CartLine[] {
  return list(body, 'item').flatMap((raw) => {
    const [productId, quantity] = raw.split(':');
    return productId && UUID.test(productId) && /^\d{1,8}$/.test(quantity ?? '') && Number(quantity) > 0
      ? [{ productId, quantity: Number(quantity) }]
      : [];
  });
}

function readChoices(body: unknown): CheckoutChoices {
  return {
    savedAddressId: formText(body, 'savedAddressId'),
    address: readAddressFields((body ?? {}) as Record<string, unknown>, PREFIX),
    paymentMethod: formText(body, 'paymentMethod'),
    note: formText(body, 'note'),
  };
}

/** `/thanh-toan`: delivery and payment, the check of the whole contract, placing the orders, and what to do next. */
export async function checkoutPages(app: App): Promise<void> {
  app.get('/thanh-toan', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, '/thanh-toan');
    if (ctx.cart.length === 0) return redirectTo(reply, ctx.href('/gio-hang'));
    return renderDetails(reply, ctx, emptyChoices, {});
  });

  app.post('/thanh-toan', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, '/thanh-toan');
    const choices = readChoices(request.body);
    if (isWardsRefresh((request.body ?? {}) as Record<string, unknown>)) return renderDetails(reply, ctx, choices, {});
    const lines = ctx.cart;
    if (lines.length === 0) return redirectTo(reply, ctx.href('/gio-hang'));
    const [saved, { methods }] = await Promise.all([savedAddresses(ctx), offeredMethods(ctx)]);
    const errors: FieldErrors = {};
    let address: AddressInput | undefined = choices.address;
    if (choices.savedAddressId) {
      const chosen = saved.find((one) => one.id === choices.savedAddressId);
      if (chosen) address = pickAddress(chosen);
      else errors.savedAddressId = ctx.t.checkout.chooseAddress;
    }
    if (!methods.includes(choices.paymentMethod)) errors.paymentMethod = ctx.t.checkout.chooseMethod;
    if (Object.keys(errors).length > 0) return renderDetails(reply, ctx, choices, errors, 422);
    const priced = await previewCart(ctx, lines, address);
    if (!priced.ok) return renderDetails(reply, ctx, choices, fieldErrorsOf(priced.problem), priced.status);
    if (!priced.data.isOrderable) return renderDetails(reply, ctx, choices, { _form: ctx.t.checkout.cartHasProblems }, 409);
    return renderReview(reply, ctx, { lines, address, choices, preview: priced.data });
  });

  app.post('/thanh-toan/dat-hang', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, '/thanh-toan');
    const lines = readItems(request.body);
    const choices = readChoices(request.body);
    const key = formText(request.body, 'idempotencyKey');
    if (lines.length === 0 || !IDEMPOTENCY_KEY.test(key)) return redirectTo(reply, ctx.href('/gio-hang'));
    const address = choices.address;
    const placed = await ctx.api.post<CheckoutResultDto>('/orders', {
      body: {
        items: lines,
        shippingAddress: address,
        paymentMethod: choices.paymentMethod,
        ...(choices.note ? { note: choices.note } : {}),
      },
      idempotencyKey: key,
    });
    if (!placed.ok) {
      // nothing was placed: the contract is shown again as it stands now, with what stopped it
      const priced = await previewCart(ctx, lines, address);
      if (!priced.ok) return renderDetails(reply, ctx, choices, fieldErrorsOf(priced.problem), priced.status);
      return renderReview(reply, ctx, { lines, address, choices, preview: priced.data, problem: placed.problem }, placed.status);
    }
    const checkout = placed.data;
    const bought = checkout.orders.flatMap((order) => order.items.flatMap((item) => (item.productId ? [item.productId] : [])));
    writeCart(reply, removeFromCart(ctx.cart, bought), ctx.site.secure);
    const redirectUrl = checkout.payment.redirectUrl;
    if (checkout.payment.method === 'vnpay' && redirectUrl && checkout.payment.status === 'pending') {
      return redirectTo(reply, redirectUrl);
    }
    const ids = checkout.orders.map((order) => order.id).join(',');
    return redirectTo(reply, ctx.href(`/thanh-toan/da-dat?don=${ids}`));
  });

  app.get<{ Querystring: { don?: string } }>('/thanh-toan/da-dat', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, ctx.path);
    const ids = String(request.query.don ?? '')
      .split(',')
      .filter((id) => UUID.test(id))
      .slice(0, 50);
    if (ids.length === 0) return redirectTo(reply, ctx.href('/don-hang'));
    // each order is asked for as this viewer: another person's order is a 404
    const orders = (await Promise.all(ids.map((id) => ctx.api.get<OrderDetailDto>(`/orders/${id}`)))).map(required);
    return sendPage(reply, <PlacedPage ctx={ctx} orders={orders} />);
  });
}

async function savedAddresses(ctx: PageContext): Promise<SavedAddress[]> {
  const answer = await ctx.api.get<{ items: SavedAddress[] }>('/me/addresses');
  return answer.ok ? answer.data.items : [];
}

const pickAddress = (one: AddressValues): AddressInput => ({
  fullName: one.fullName,
  phone: one.phone,
  provinceCode: one.provinceCode,
  wardCode: one.wardCode,
  street: one.street,
});

async function renderDetails(reply: FastifyReply, ctx: PageContext, choices: CheckoutChoices, errors: FieldErrors, status = 200) {
  const [saved, offered, units] = await Promise.all([
    savedAddresses(ctx),
    offeredMethods(ctx),
    loadAddressUnits(ctx, choices.address.provinceCode || undefined),
  ]);
  // the first visit starts from the saved default address
  const first = choices === emptyChoices;
  const savedAddressId = first ? (saved.find((one) => one.isDefault)?.id ?? '') : choices.savedAddressId;
  return sendPage(
    reply,
    <DetailsPage
      ctx={ctx}
      choices={{ ...choices, savedAddressId, paymentMethod: choices.paymentMethod || (offered.methods[0] ?? '') }}
      errors={errors}
      saved={saved}
      methods={offered.methods}
      cardConfigured={offered.cardConfigured}
      provinces={units.provinces}
      wards={units.wards}
    />,
    { status },
  );
}

async function renderReview(
  reply: FastifyReply,
  ctx: PageContext,
  input: { lines: CartLine[]; address: AddressInput; choices: CheckoutChoices; preview: CartPreview; problem?: ApiProblem },
  status = 200,
) {
  const sellers = await Promise.all(
    input.preview.sellers.map(async (seller) =>
      required(await ctx.api.get<SellerIdentity>(`/enterprises/${seller.enterprise.id}`)),
    ),
  );
  return sendPage(reply, <ReviewPage ctx={ctx} {...input} sellers={sellers} idempotencyKey={randomUUID()} />, { status });
}

function Steps({ ctx, current }: { ctx: PageContext; current: 1 | 2 }) {
  const t = ctx.t.checkout;
  return (
    <nav aria-label={t.steps}>
      <ol class="checkout-steps">
        <li aria-current={current === 1 ? 'step' : undefined}>{t.stepDetails}</li>
        <li aria-current={current === 2 ? 'step' : undefined}>{t.stepReview}</li>
      </ol>
    </nav>
  );
}

function DetailsPage(props: {
  ctx: PageContext;
  choices: CheckoutChoices;
  errors: FieldErrors;
  saved: SavedAddress[];
  methods: string[];
  cardConfigured: boolean;
  provinces: AdminUnit[];
  wards: AdminUnit[];
}) {
  const { ctx, choices, errors } = props;
  const t = ctx.t.checkout;
  const a = ctx.t.profile.addressFields;
  const labels: Record<string, string> = {
    savedAddressId: t.savedAddresses,
    paymentMethod: t.paymentMethod,
    note: t.note,
    [addressFieldName(PREFIX, 'fullName')]: a.fullName,
    [addressFieldName(PREFIX, 'phone')]: a.phone,
    [addressFieldName(PREFIX, 'provinceCode')]: a.province,
    [addressFieldName(PREFIX, 'wardCode')]: a.ward,
    [addressFieldName(PREFIX, 'street')]: a.street,
  };
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: '/thanh-toan', noindex: true }}>
      <h1>{t.title}</h1>
      <Steps ctx={ctx} current={1} />
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      {ctx.viewer?.emailVerified === false ? (
        <p class="notice notice-warning" data-email-unverified>
          {t.emailNotVerified}
        </p>
      ) : null}
      <form method="post" action={ctx.href('/thanh-toan')} class="checkout-form" noValidate>
        <CsrfField ctx={ctx} />
        {props.saved.length > 0 ? (
          <fieldset id={fieldId('savedAddressId')} class={errors.savedAddressId ? 'field-invalid' : undefined}>
            <legend>{t.useSaved}</legend>
            {errors.savedAddressId ? <p class="field-error">{errors.savedAddressId}</p> : null}
            {props.saved.map((one) => (
              <label class="choice">
                <input type="radio" name="savedAddressId" value={one.id} checked={choices.savedAddressId === one.id} />
                <span>
                  {one.fullName}, {one.phone} — {one.street}, {one.wardName}, {one.provinceName}{' '}
                  {one.isDefault ? t.defaultAddress : null}
                </span>
              </label>
            ))}
            <label class="choice">
              <input type="radio" name="savedAddressId" value="" checked={choices.savedAddressId === ''} />
              <span>{t.newAddress}</span>
            </label>
          </fieldset>
        ) : null}
        <AddressFields
          ctx={ctx}
          prefix={PREFIX}
          values={choices.address}
          errors={errors}
          provinces={props.provinces}
          wards={props.wards}
        />
        <fieldset id={fieldId('paymentMethod')} class={errors.paymentMethod ? 'field-invalid' : undefined}>
          <legend>{t.paymentMethod}</legend>
          {errors.paymentMethod ? <p class="field-error">{errors.paymentMethod}</p> : null}
          {props.methods.map((method) => (
            <label class="choice">
              <input type="radio" name="paymentMethod" value={method} checked={choices.paymentMethod === method} />
              <span>
                {t.methods[method] ?? method}
                <span class="field-hint">{t.methodHints[method] ?? ''}</span>
              </span>
            </label>
          ))}
          {props.cardConfigured ? <p class="muted">{t.cardNeedsStripeJs}</p> : null}
        </fieldset>
        <TextField name="note" label={t.note} value={choices.note} error={errors.note} multiline maxLength={1000} />
        <p class="form-actions">
          <button type="submit">{t.continue}</button> <a href={ctx.href('/gio-hang')}>{t.backToCart}</a>
        </p>
      </form>
    </Document>
  );
}

function HiddenChoices({ lines, address, choices }: { lines: CartLine[]; address: AddressInput; choices: CheckoutChoices }) {
  return (
    <>
      {lines.map((line) => (
        <input type="hidden" name="item" value={`${line.productId}:${line.quantity}`} />
      ))}
      {(Object.keys(address) as (keyof AddressInput)[]).map((key) => (
        <input type="hidden" name={addressFieldName(PREFIX, key)} value={address[key]} />
      ))}
      <input type="hidden" name="paymentMethod" value={choices.paymentMethod} />
      <input type="hidden" name="note" value={choices.note} />
    </>
  );
}

function ReviewPage(props: {
  ctx: PageContext;
  lines: CartLine[];
  address: AddressInput;
  choices: CheckoutChoices;
  preview: CartPreview;
  sellers: SellerIdentity[];
  idempotencyKey: string;
  problem?: ApiProblem | undefined;
}) {
  const { ctx, preview, problem } = props;
  const t = ctx.t.checkout;
  const c = ctx.t.cart;
  const resolved = preview.shippingAddress;
  const problemText = problem
    ? problem.status === 403
      ? t.emailNotVerified
      : `${problem.detail ?? problem.title}${problem.errors?.length ? ` (${problem.errors.map((one) => one.message).join('; ')})` : ''}`
    : null;
  return (
    <Document ctx={ctx} meta={{ title: t.reviewTitle, canonicalPath: '/thanh-toan', noindex: true }}>
      <h1>{t.reviewTitle}</h1>
      <Steps ctx={ctx} current={2} />
      {problemText ? (
        <div class="error-summary" role="alert" tabIndex={-1}>
          <h2>{ctx.t.common.errors.summaryTitle}</h2>
          <p data-problem={problem?.code ?? problem?.status}>{problemText}</p>
          <p>{t.nothingPlaced}</p>
        </div>
      ) : null}
      <p>{t.reviewIntro}</p>
      {preview.sellers.map((part, index) => {
        const seller = props.sellers[index];
        return (
          <section
            class="seller-group review-seller"
            aria-labelledby={`order-${part.enterprise.id}`}
            data-seller={part.enterprise.id}
          >
            <h2 id={`order-${part.enterprise.id}`}>{t.sellerOrder(part.enterprise.name)}</h2>
            {seller ? (
              <dl class="seller-identity">
                <dt>{t.seller}</dt>
                <dd>{seller.name}</dd>
                {seller.taxCode ? (
                  <>
                    <dt>{t.taxCode}</dt>
                    <dd data-tax-code={seller.taxCode}>{seller.taxCode}</dd>
                  </>
                ) : null}
                <dt>{t.address}</dt>
                <dd>
                  {seller.address.street}, {seller.address.wardName}, {seller.address.provinceName}
                </dd>
                <dt>{t.phone}</dt>
                <dd>{seller.phone}</dd>
                <dt>{t.email}</dt>
                <dd>{seller.email}</dd>
              </dl>
            ) : null}
            <table class="review-lines">
              <caption class="visually-hidden">{t.goods}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.product}</th>
                  <th scope="col">{c.unitPrice}</th>
                  <th scope="col">{c.quantity}</th>
                  <th scope="col">{c.lineTotal}</th>
                </tr>
              </thead>
              <tbody>
                {part.items.map((line) => (
                  <tr data-product={line.productId}>
                    <th scope="row">{line.name}</th>
                    <td>
                      <UnitPrice ctx={ctx} line={line} />
                    </td>
                    <td>
                      {line.quantity} {line.unit}
                    </td>
                    <td>{formatVnd(line.lineTotal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <SellerTotals ctx={ctx} seller={part} />
          </section>
        );
      })}
      <dl class="totals checkout-total">
        <dt class="grand">{c.grandTotal}</dt>
        <dd class="grand" data-total={preview.total}>
          {formatVnd(preview.total)}
        </dd>
      </dl>
      <section aria-labelledby="review-delivery">
        <h2 id="review-delivery">{t.deliverTo}</h2>
        <p>
          {props.address.fullName}, {resolved?.phone ?? props.address.phone}
          <br />
          {props.address.street}
          {resolved ? `, ${resolved.wardName}, ${resolved.provinceName}` : ''}
        </p>
        <h2>{t.payment}</h2>
        <p data-method={props.choices.paymentMethod}>{t.methods[props.choices.paymentMethod] ?? props.choices.paymentMethod}</p>
        {props.choices.note ? (
          <>
            <h2>{t.noteLabel}</h2>
            <p>{props.choices.note}</p>
          </>
        ) : null}
        <h2>{t.terms}</h2>
        <p>
          {t.termsText} <a href={ctx.href(legalPath('doi-tra'))}>{t.returnsPolicy}</a>,{' '}
          <a href={ctx.href(legalPath('giao-hang'))}>{t.deliveryPolicy}</a>.
        </p>
      </section>
      <form method="post" action={ctx.href('/thanh-toan')} class="inline-form">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="savedAddressId" value={props.choices.savedAddressId} />
        <HiddenChoices lines={props.lines} address={props.address} choices={props.choices} />
        <input type="hidden" name={'refreshWards'} value="1" />
        <button type="submit" class="button-secondary">
          {t.change}
        </button>
      </form>
      <form method="post" action={ctx.href('/thanh-toan/dat-hang')} class="place-order">
        <CsrfField ctx={ctx} />
        <HiddenChoices lines={props.lines} address={props.address} choices={props.choices} />
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <p>{t.agreement}</p>
        <button type="submit">{t.placeOrder}</button>
      </form>
    </Document>
  );
}

function PlacedPage({ ctx, orders }: { ctx: PageContext; orders: OrderDetailDto[] }) {
  const t = ctx.t.checkout;
  return (
    <Document ctx={ctx} meta={{ title: t.placedTitle, canonicalPath: '/thanh-toan/da-dat', noindex: true }}>
      <h1>{t.placedTitle}</h1>
      <p class="notice" role="status">
        {t.placedIntro(orders.length)}
      </p>
      {orders.map((order) => {
        const payment = order.payments[0];
        const qr = payment?.status === 'pending' ? payment.vietqr : undefined;
        return (
          <section class="seller-group placed-order" aria-labelledby={`placed-${order.id}`} data-order={order.id}>
            <h2 id={`placed-${order.id}`}>{t.sellerOrder(order.enterprise.name)}</h2>
            <p>
              {t.orderCode}: <strong>{order.code}</strong> · {ctx.t.cart.grandTotal}: <strong>{formatVnd(order.total)}</strong>
            </p>
            {order.paymentMethod === 'cod' ? <p>{t.codNext}</p> : null}
            {payment?.status === 'paid' ? <p>{t.paid}</p> : null}
            {qr ? (
              <div class="transfer">
                <h3>{t.transferTitle}</h3>
                <p>{t.transferNext}</p>
                <img
                  class="qr"
                  src={qr.imageUrl}
                  width={280}
                  height={280}
                  alt={t.qrAlt(formatVnd(qr.amount), qr.accountNo, qr.memo)}
                />
                <dl class="transfer-details">
                  <dt>{t.bank}</dt>
                  <dd>{qr.bankName}</dd>
                  <dt>{t.accountNo}</dt>
                  <dd data-account={qr.accountNo}>{qr.accountNo}</dd>
                  <dt>{t.accountHolder}</dt>
                  <dd>{qr.accountHolder}</dd>
                  <dt>{t.amount}</dt>
                  <dd data-amount={qr.amount}>{formatVnd(qr.amount)}</dd>
                  <dt>{t.memo}</dt>
                  <dd data-memo={qr.memo}>{qr.memo}</dd>
                </dl>
                {payment?.expiresAt ? <p>{t.payBy(formatDateTimeVn(payment.expiresAt))}</p> : null}
              </div>
            ) : null}
            {payment?.redirectUrl ? (
              <p>
                {t.onlineNext} <a href={payment.redirectUrl}>{t.continuePayment}</a>
              </p>
            ) : null}
            <p>
              <a href={ctx.href(`/don-hang/${order.id}`)}>
                {t.viewOrder} {order.code}
              </a>
            </p>
          </section>
        );
      })}
      <p>
        <a href={ctx.href('/don-hang')}>{t.myOrders}</a>
      </p>
    </Document>
  );
}
