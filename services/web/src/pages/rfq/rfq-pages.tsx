import type { AddressDto } from '@tradeqn/accounts/contract';
import type { CategoryNodeDto } from '@tradeqn/catalog/contract';
import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import type { QuoteDto, RfqDetailDto, RfqDto } from '@tradeqn/ordering/contract';
import { formatDateVn, formatVnd } from '@tradeqn/vn';
import { AddressFields, type AddressValues, type AdminUnit, ImplicitSubmit } from '../../components/address-fields.tsx';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId, SelectField, TextField } from '../../components/form.tsx';
import { Pager } from '../../components/pager.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';

/** The payment methods a quote can be ordered with here: those that need no provider's page. */
export const ACCEPT_METHODS = ['cod', 'bank_transfer'] as const;

/** The enterprises' names and slugs by id, for the quotes. */
export type EnterpriseNames = Record<string, Pick<EnterpriseDto, 'name' | 'slug'>>;

const listCrumbs = (ctx: PageContext): Crumb[] => [
  { label: ctx.t.common.home, path: '/' },
  { label: ctx.t.rfq.title, path: '/yeu-cau-bao-gia' },
];

/** The category tree as one list of options, each child under its parent. */
export function categoryOptions(nodes: CategoryNodeDto[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((node) => [
    { value: node.id, label: `${'— '.repeat(depth)}${node.name}` },
    ...categoryOptions(node.children, depth + 1),
  ]);
}

export function categoryName(nodes: CategoryNodeDto[], id: string | null): string | undefined {
  if (!id) return undefined;
  for (const node of nodes) {
    if (node.id === id) return node.name;
    const below = categoryName(node.children, id);
    if (below) return below;
  }
  return undefined;
}

function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return <span class={`rfq-status rfq-status-${status}`}>{ctx.t.rfq.statuses[status] ?? status}</span>;
}

function RfqRow({ ctx, rfq }: { ctx: PageContext; rfq: RfqDto }) {
  const t = ctx.t.rfq;
  return (
    <li class="rfq-row" data-rfq={rfq.id}>
      <h3>
        <a href={ctx.href(`/yeu-cau-bao-gia/${rfq.id}`)}>{rfq.title}</a>
      </h3>
      <p>
        <StatusBadge ctx={ctx} status={rfq.status} /> · {t.quantity}: {rfq.quantity.toLocaleString('vi-VN')} {rfq.unit}
        {rfq.targetPrice !== null ? ` · ${t.targetPrice}: ${t.perUnit(formatVnd(rfq.targetPrice), rfq.unit)}` : ''} · {t.deadline}
        : {formatDateVn(rfq.deadline)}
      </p>
    </li>
  );
}

export function RfqListPage(props: {
  ctx: PageContext;
  mine: RfqDto[] | null;
  open: RfqDto[];
  nextCursor: string | null;
  cursor: string | undefined;
}) {
  const { ctx, mine, open } = props;
  const t = ctx.t.rfq;
  const crumbs = [{ label: ctx.t.common.home, path: '/' }, { label: t.title }];
  return (
    <Document
      ctx={ctx}
      meta={{
        title: t.title,
        description: t.description,
        canonicalPath: '/yeu-cau-bao-gia',
        // signed in, the page lists the viewer's own requests; later pages repeat the first
        noindex: mine !== null || props.cursor !== undefined,
        jsonLd: [breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a class="button" href={ctx.href('/yeu-cau-bao-gia/moi')}>
          {t.post}
        </a>
      </p>
      {mine !== null ? (
        <section aria-labelledby="rfq-mine" class="rfq-section">
          <h2 id="rfq-mine">{t.mine}</h2>
          {mine.length === 0 ? (
            <p class="empty">{t.mineEmpty}</p>
          ) : (
            <ul class="plain-list rfq-list" data-list="mine">
              {mine.map((rfq) => (
                <RfqRow ctx={ctx} rfq={rfq} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="rfq-open" class="rfq-section">
        <h2 id="rfq-open">{t.open}</h2>
        {open.length === 0 ? (
          <p class="empty">{t.openEmpty}</p>
        ) : (
          <ul class="plain-list rfq-list" data-list="open">
            {open.map((rfq) => (
              <RfqRow ctx={ctx} rfq={rfq} />
            ))}
          </ul>
        )}
        <Pager ctx={ctx} basePath="/yeu-cau-bao-gia" query={{ cursor: props.cursor }} nextCursor={props.nextCursor} />
      </section>
    </Document>
  );
}

export interface RfqFormValues {
  title: string;
  description: string;
  categoryId: string;
  quantity: string;
  unit: string;
  targetPrice: string;
  deadline: string;
}

export function RfqFormPage(props: {
  ctx: PageContext;
  values: RfqFormValues;
  errors: FieldErrors;
  categories: CategoryNodeDto[];
  productName?: string | undefined;
}) {
  const { ctx, values, errors } = props;
  const t = ctx.t.rfq.form;
  const labels = {
    title: t.titleLabel,
    description: t.descriptionLabel,
    categoryId: t.categoryLabel,
    quantity: t.quantityLabel,
    unit: t.unitLabel,
    targetPrice: t.targetPriceLabel,
    deadline: t.deadlineLabel,
  };
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: '/yeu-cau-bao-gia/moi', noindex: true }}>
      <Breadcrumbs ctx={ctx} crumbs={[...listCrumbs(ctx), { label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {props.productName ? <p class="notice">{t.fromProduct(props.productName)}</p> : null}
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href('/yeu-cau-bao-gia/moi')} class="rfq-form" noValidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="title"
          label={t.titleLabel}
          hint={t.titleHint}
          value={values.title}
          error={errors.title}
          required
          maxLength={200}
        />
        <TextField
          name="description"
          label={t.descriptionLabel}
          hint={t.descriptionHint}
          value={values.description}
          error={errors.description}
          required
          maxLength={5000}
          multiline
        />
        <SelectField
          name="categoryId"
          label={t.categoryLabel}
          value={values.categoryId}
          error={errors.categoryId}
          placeholder={t.anyCategory}
          options={categoryOptions(props.categories)}
        />
        <div class="rfq-quantity">
          <TextField
            name="quantity"
            label={t.quantityLabel}
            type="number"
            inputMode="numeric"
            min={1}
            value={values.quantity}
            error={errors.quantity}
            required
          />
          <TextField
            name="unit"
            label={t.unitLabel}
            hint={t.unitHint}
            value={values.unit}
            error={errors.unit}
            required
            maxLength={20}
          />
        </div>
        <TextField
          name="targetPrice"
          label={t.targetPriceLabel}
          hint={t.targetPriceHint}
          inputMode="numeric"
          value={values.targetPrice}
          error={errors.targetPrice}
        />
        <TextField
          name="deadline"
          label={t.deadlineLabel}
          hint={t.deadlineHint}
          type="date"
          value={values.deadline}
          error={errors.deadline}
          required
        />
        <button type="submit">{t.submit}</button>
      </form>
    </Document>
  );
}

export interface QuoteFormValues {
  enterpriseId: string;
  unitPrice: string;
  quantity: string;
  message: string;
  validUntil: string;
}

export interface QuoteFormState {
  /** The approved enterprises the viewer may quote for. */
  enterprises: Pick<EnterpriseDto, 'id' | 'name'>[];
  values: QuoteFormValues;
  errors: FieldErrors;
}

function QuoteRow(props: { ctx: PageContext; rfq: RfqDetailDto; quote: QuoteDto; names: EnterpriseNames }) {
  const { ctx, rfq, quote } = props;
  const t = ctx.t.rfq.detail;
  const seller = props.names[quote.enterpriseId];
  const sellerName = seller?.name ?? t.enterprise;
  const acceptable = rfq.mine && rfq.status === 'open' && quote.status === 'open';
  return (
    <li class={`quote quote-${quote.status}`} data-quote={quote.id}>
      <h3>{seller ? <a href={ctx.href(`/doanh-nghiep/${seller.slug}`)}>{seller.name}</a> : sellerName}</h3>
      <dl class="quote-terms">
        <dt>{t.unitPrice}</dt>
        <dd data-unit-price>{ctx.t.rfq.perUnit(formatVnd(quote.unitPrice), rfq.unit)}</dd>
        <dt>{ctx.t.rfq.quantity}</dt>
        <dd>
          {quote.quantity.toLocaleString('vi-VN')} {rfq.unit}
        </dd>
        <dt>{t.total}</dt>
        <dd data-total>{formatVnd(quote.total)}</dd>
        <dt>{t.validUntil}</dt>
        <dd>{formatDateVn(quote.validUntil)}</dd>
        <dt>{ctx.t.rfq.status}</dt>
        <dd>{t.quoteStatuses[quote.status] ?? quote.status}</dd>
      </dl>
      {quote.message ? <p class="quote-message">{quote.message}</p> : null}
      {acceptable ? (
        <a
          class="button"
          href={ctx.href(`/yeu-cau-bao-gia/${rfq.id}/bao-gia/${quote.id}`)}
          aria-label={t.acceptLabel(sellerName)}
        >
          {t.accept}
        </a>
      ) : null}
    </li>
  );
}

function QuoteForm({ ctx, rfq, form }: { ctx: PageContext; rfq: RfqDetailDto; form: QuoteFormState }) {
  const t = ctx.t.rfq.quoteForm;
  const { values, errors } = form;
  const labels = {
    enterpriseId: t.enterprise,
    unitPrice: t.unitPrice,
    quantity: t.quantity,
    message: t.message,
    validUntil: t.validUntil,
  };
  return (
    <section aria-labelledby="quote-form" class="rfq-section">
      <h2 id="quote-form">{t.title}</h2>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(`/yeu-cau-bao-gia/${rfq.id}/bao-gia`)} class="rfq-form" noValidate>
        <CsrfField ctx={ctx} />
        <SelectField
          name="enterpriseId"
          label={t.enterprise}
          value={values.enterpriseId}
          error={errors.enterpriseId}
          options={form.enterprises.map((enterprise) => ({ value: enterprise.id, label: enterprise.name }))}
          required
        />
        <TextField
          name="unitPrice"
          label={t.unitPrice}
          inputMode="numeric"
          value={values.unitPrice}
          error={errors.unitPrice}
          required
        />
        <TextField
          name="quantity"
          label={t.quantity}
          type="number"
          inputMode="numeric"
          min={1}
          value={values.quantity}
          error={errors.quantity}
          required
        />
        <TextField
          name="message"
          label={t.message}
          hint={t.messageHint}
          value={values.message}
          error={errors.message}
          maxLength={5000}
          multiline
        />
        <TextField
          name="validUntil"
          label={t.validUntil}
          type="date"
          value={values.validUntil}
          error={errors.validUntil}
          required
        />
        <button type="submit">{t.submit}</button>
      </form>
    </section>
  );
}

export function RfqDetailPage(props: {
  ctx: PageContext;
  rfq: RfqDetailDto;
  category: string | undefined;
  names: EnterpriseNames;
  notice: string | undefined;
  /** The quote form, for a member of an approved enterprise while the request is open. */
  quoteForm: QuoteFormState | null;
}) {
  const { ctx, rfq } = props;
  const t = ctx.t.rfq;
  const crumbs = [...listCrumbs(ctx), { label: rfq.title }];
  const showQuotes = rfq.mine || rfq.quotes.length > 0;
  return (
    <Document
      ctx={ctx}
      meta={{
        title: rfq.title,
        description: rfq.description.slice(0, 160),
        canonicalPath: `/yeu-cau-bao-gia/${rfq.id}`,
        noindex: rfq.mine || rfq.status !== 'open',
        jsonLd: [breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{rfq.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <section aria-labelledby="rfq-details" class="rfq-section">
        <h2 id="rfq-details">{t.detail.details}</h2>
        <dl class="rfq-terms">
          <dt>{t.status}</dt>
          <dd>
            <StatusBadge ctx={ctx} status={rfq.status} />
          </dd>
          <dt>{t.quantity}</dt>
          <dd>
            {rfq.quantity.toLocaleString('vi-VN')} {rfq.unit}
          </dd>
          {rfq.targetPrice !== null ? (
            <>
              <dt>{t.targetPrice}</dt>
              <dd>{t.perUnit(formatVnd(rfq.targetPrice), rfq.unit)}</dd>
            </>
          ) : null}
          {props.category ? (
            <>
              <dt>{t.category}</dt>
              <dd>{props.category}</dd>
            </>
          ) : null}
          <dt>{t.deadline}</dt>
          <dd>{formatDateVn(rfq.deadline)}</dd>
          <dt>{t.postedOn}</dt>
          <dd>{formatDateVn(rfq.createdAt)}</dd>
        </dl>
        <p class="rfq-description">{rfq.description}</p>
      </section>
      {rfq.mine && rfq.status === 'accepted' ? (
        <p class="notice">
          {t.detail.accepted} <a href={ctx.href('/don-hang')}>{t.detail.ordersLink}</a>
        </p>
      ) : null}
      <section aria-labelledby="rfq-quotes" class="rfq-section">
        <h2 id="rfq-quotes">{rfq.mine ? t.detail.quotes : rfq.quotes.length > 0 ? t.detail.yourQuotes : t.detail.quotes}</h2>
        <p>{t.detail.quoteCount(rfq.quoteCount)}</p>
        {showQuotes && rfq.quotes.length > 0 ? (
          <ul class="plain-list quote-list">
            {rfq.quotes.map((quote) => (
              <QuoteRow ctx={ctx} rfq={rfq} quote={quote} names={props.names} />
            ))}
          </ul>
        ) : rfq.mine ? (
          <p class="empty">{t.detail.noQuotesYet}</p>
        ) : null}
        {!ctx.viewer && rfq.status === 'open' ? (
          <p>
            <a href={ctx.href(`/dang-nhap?next=${encodeURIComponent(`/yeu-cau-bao-gia/${rfq.id}`)}`)}>{t.detail.signInToQuote}</a>
          </p>
        ) : null}
      </section>
      {props.quoteForm ? <QuoteForm ctx={ctx} rfq={rfq} form={props.quoteForm} /> : null}
    </Document>
  );
}

export interface AcceptValues {
  /** A saved address's id, or `new` for the fields below. */
  addressId: string;
  address: Partial<AddressValues>;
  paymentMethod: string;
  note: string;
}

export function AcceptPage(props: {
  ctx: PageContext;
  rfq: RfqDetailDto;
  quote: QuoteDto;
  seller: string;
  addresses: AddressDto[];
  values: AcceptValues;
  errors: FieldErrors;
  provinces: AdminUnit[];
  wards: AdminUnit[];
  idempotencyKey: string;
}) {
  const { ctx, rfq, quote, values, errors } = props;
  const t = ctx.t.rfq.accept;
  const f = ctx.t.profile.addressFields;
  const path = `/yeu-cau-bao-gia/${rfq.id}/bao-gia/${quote.id}`;
  const labels = {
    addressId: t.address,
    paymentMethod: t.payment,
    note: t.note,
    'shippingAddress.fullName': f.fullName,
    'shippingAddress.phone': f.phone,
    'shippingAddress.provinceCode': f.province,
    'shippingAddress.wardCode': f.ward,
    'shippingAddress.street': f.street,
  };
  const crumbs = [...listCrumbs(ctx), { label: rfq.title, path: `/yeu-cau-bao-gia/${rfq.id}` }, { label: t.title }];
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: path, noindex: true }}>
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <section aria-labelledby="accept-summary" class="rfq-section">
        <h2 id="accept-summary">{t.summary}</h2>
        <dl class="quote-terms">
          <dt>{ctx.t.rfq.detail.enterprise}</dt>
          <dd>{props.seller}</dd>
          <dt>{ctx.t.rfq.detail.unitPrice}</dt>
          <dd>{ctx.t.rfq.perUnit(formatVnd(quote.unitPrice), rfq.unit)}</dd>
          <dt>{ctx.t.rfq.quantity}</dt>
          <dd>
            {quote.quantity.toLocaleString('vi-VN')} {rfq.unit}
          </dd>
          <dt>{ctx.t.rfq.detail.total}</dt>
          <dd data-total>{formatVnd(quote.total)}</dd>
        </dl>
      </section>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(path)} class="rfq-form" noValidate>
        <CsrfField ctx={ctx} />
        <ImplicitSubmit label={t.submit} />
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        {props.addresses.length > 0 ? (
          <fieldset id={fieldId('addressId')}>
            <legend>{t.address}</legend>
            {errors.addressId ? <p class="field-error">{errors.addressId}</p> : null}
            {props.addresses.map((address) => (
              <label class="choice">
                <input type="radio" name="addressId" value={address.id} checked={values.addressId === address.id} />
                <span>
                  {address.fullName}, {address.phone} — {address.street}, {address.wardName}, {address.provinceName}
                </span>
              </label>
            ))}
            <label class="choice">
              <input type="radio" name="addressId" value="new" checked={values.addressId === 'new'} />
              <span>{t.newAddress}</span>
            </label>
          </fieldset>
        ) : (
          <input type="hidden" name="addressId" value="new" />
        )}
        <AddressFields
          ctx={ctx}
          prefix="shippingAddress"
          values={values.address}
          errors={errors}
          provinces={props.provinces}
          wards={props.wards}
        />
        <fieldset id={fieldId('paymentMethod')}>
          <legend>{t.payment}</legend>
          {errors.paymentMethod ? <p class="field-error">{errors.paymentMethod}</p> : null}
          {ACCEPT_METHODS.map((method) => (
            <label class="choice">
              <input type="radio" name="paymentMethod" value={method} checked={values.paymentMethod === method} />
              <span>{t.methods[method]}</span>
            </label>
          ))}
        </fieldset>
        <TextField name="note" label={t.note} value={values.note} error={errors.note} maxLength={1000} multiline />
        <p class="form-actions">
          <button type="submit">{t.submit}</button> <a href={ctx.href(`/yeu-cau-bao-gia/${rfq.id}`)}>{t.back}</a>
        </p>
      </form>
    </Document>
  );
}
