import { randomUUID } from 'node:crypto';
import type { AddressDto, UserDto } from '@tradeqn/accounts/contract';
import type { ProductDto } from '@tradeqn/catalog/contract';
import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import type { App } from '@tradeqn/kit';
import type { CheckoutResultDto, QuoteDto, RfqDetailDto, RfqDto } from '@tradeqn/ordering/contract';
import type { FastifyReply } from 'fastify';
import { isWardsRefresh, loadAddressUnits, localizeAddressErrors, readAddressFields } from '../../components/address-fields.tsx';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import { type ApiProblem, pageNotFound, required } from '../../http/api-client.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { categoryTree } from '../../http/shared-reads.ts';
import {
  ACCEPT_METHODS,
  AcceptPage,
  type AcceptValues,
  categoryName,
  type EnterpriseNames,
  type QuoteFormState,
  type QuoteFormValues,
  RfqDetailPage,
  RfqFormPage,
  type RfqFormValues,
  RfqListPage,
} from './rfq-pages.tsx';

type Form = Record<string, unknown>;
type Page<T> = { items: T[]; nextCursor: string | null };
type Me = UserDto & { enterprises: { id: string; role: string }[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 20;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** A day in Vietnam, `yyyy-MM-dd`, some days from today (what a date field shows). */
const vietnamDay = (daysAhead: number) =>
  new Date(Date.now() + VIETNAM_OFFSET_MS + daysAhead * DAY_MS).toISOString().slice(0, 10);

/** The end of a day picked in a date field, in Vietnam, as the API's instant; anything else goes as typed (the API refuses it). */
const endOfDay = (day: string) => (DATE.test(day) ? new Date(`${day}T23:59:59.999+07:00`).toISOString() : day || undefined);

/** A whole number typed with or without thousands separators (`150.000`); anything else goes as typed, for the API to refuse. */
const wholeNumber = (typed: string): number | string | undefined => {
  if (typed === '') return undefined;
  const digits = typed.replace(/[.,\s]/g, '');
  return /^\d{1,15}$/.test(digits) ? Number(digits) : typed;
};

/** The API's field errors keyed by the form's names (`/deadline` and `/body/deadline` alike), each in the page's words. */
function formErrors(problem: ApiProblem, words: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, message] of Object.entries(fieldErrorsOf(problem))) {
    const field = name.replace(/^\./, '');
    errors[field] ??= words[field] ?? message;
  }
  return errors;
}

/**
 * B2B buying requests: `/yeu-cau-bao-gia` (the viewer's own and the open ones), `/moi` (post
 * one, prefilled from a product page's "ask for a quote"), `/{id}` (the request, its quotes with
 * each enterprise's name, and a member of an approved enterprise's quote form), and
 * `/{id}/bao-gia/{quoteId}` (the buyer accepts a quote → an order → the order's page).
 */
export async function rfqPages(app: App): Promise<void> {
  app.get<{ Querystring: { cursor?: string } }>('/yeu-cau-bao-gia', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const cursor = typeof request.query.cursor === 'string' ? request.query.cursor.slice(0, 512) : undefined;
    const [mine, open] = await Promise.all([
      ctx.viewer ? ctx.api.get<Page<RfqDto>>('/rfqs', { query: { mine: 'true', limit: PAGE_SIZE } }) : null,
      ctx.api.get<Page<RfqDto>>('/rfqs', { query: { limit: PAGE_SIZE, cursor } }),
    ]);
    const openPage = required(open);
    const page = (
      <RfqListPage
        ctx={ctx}
        mine={mine ? required(mine).items : null}
        open={openPage.items}
        nextCursor={openPage.nextCursor}
        cursor={cursor}
      />
    );
    return sendPage(reply, page, { cacheable: !ctx.viewer });
  });

  app.get<{ Querystring: { productId?: string; quantity?: string } }>(
    '/yeu-cau-bao-gia/moi',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { productId, quantity } = request.query;
      const [categories, product] = await Promise.all([
        categoryTree(ctx),
        typeof productId === 'string' && UUID.test(productId) ? ctx.api.get<ProductDto>(`/products/${productId}`) : null,
      ]);
      const asked = typeof quantity === 'string' && /^\d{1,9}$/.test(quantity) && Number(quantity) > 0 ? quantity : '';
      const values: RfqFormValues = {
        title: '',
        description: '',
        categoryId: '',
        quantity: asked,
        unit: '',
        targetPrice: '',
        deadline: vietnamDay(7),
      };
      // a product the viewer may not see (or none) just leaves the form empty
      const known = product?.ok ? product.data : undefined;
      if (known) {
        const t = ctx.t.rfq.form;
        values.title = t.titlePrefill(known.name).slice(0, 200);
        values.description = t.descriptionPrefill(known.name, ctx.absoluteUrl(`/san-pham/${known.slug}`));
        values.categoryId = known.category?.id ?? '';
        values.quantity = asked || String(known.minOrderQty);
        values.unit = known.unit;
      }
      const page = (
        <RfqFormPage ctx={ctx} values={values} errors={{}} categories={required(categories)} productName={known?.name} />
      );
      return sendPage(reply, page);
    },
  );

  app.post('/yeu-cau-bao-gia/moi', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const body = request.body;
    const values: RfqFormValues = {
      title: formText(body, 'title'),
      description: formText(body, 'description'),
      categoryId: formText(body, 'categoryId'),
      quantity: formText(body, 'quantity'),
      unit: formText(body, 'unit'),
      targetPrice: formText(body, 'targetPrice'),
      deadline: formText(body, 'deadline'),
    };
    const created = await ctx.api.post<RfqDto>('/rfqs', {
      body: {
        title: values.title,
        description: values.description,
        ...(values.categoryId ? { categoryId: values.categoryId } : {}),
        quantity: wholeNumber(values.quantity),
        unit: values.unit,
        ...(values.targetPrice ? { targetPrice: wholeNumber(values.targetPrice) } : {}),
        deadline: endOfDay(values.deadline),
      },
    });
    if (created.ok) return redirectTo(reply, ctx.href(`/yeu-cau-bao-gia/${created.data.id}?notice=posted`));
    if (created.status === 401) return redirectToSignIn(reply);
    const categories = required(await categoryTree(ctx));
    const errors = formErrors(created.problem, ctx.t.rfq.form.errors);
    return sendPage(reply, <RfqFormPage ctx={ctx} values={values} errors={errors} categories={categories} />, {
      status: formStatus(created.problem),
    });
  });

  app.get<{ Params: { id: string }; Querystring: { notice?: string } }>(
    '/yeu-cau-bao-gia/:id',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      const words = ctx.t.rfq.detail;
      const notice =
        request.query.notice === 'posted' ? words.posted : request.query.notice === 'quoted' ? words.quoted : undefined;
      return renderDetail(reply, ctx, request.params.id, { notice });
    },
  );

  app.post<{ Params: { id: string } }>('/yeu-cau-bao-gia/:id/bao-gia', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const body = request.body;
    const values: QuoteFormValues = {
      enterpriseId: formText(body, 'enterpriseId'),
      unitPrice: formText(body, 'unitPrice'),
      quantity: formText(body, 'quantity'),
      message: formText(body, 'message'),
      validUntil: formText(body, 'validUntil'),
    };
    const quoted = await ctx.api.post<QuoteDto>(`/rfqs/${id}/quotes`, {
      body: {
        enterpriseId: values.enterpriseId,
        unitPrice: wholeNumber(values.unitPrice),
        quantity: wholeNumber(values.quantity),
        message: values.message,
        validUntil: endOfDay(values.validUntil),
      },
    });
    if (quoted.ok) return redirectTo(reply, ctx.href(`/yeu-cau-bao-gia/${id}?notice=quoted`));
    if (quoted.status === 404) required(quoted);
    const errors = formErrors(quoted.problem, ctx.t.rfq.quoteForm.errors);
    return renderDetail(reply, ctx, id, { quote: { values, errors }, status: formStatus(quoted.problem) });
  });

  app.get<{ Params: { id: string; quoteId: string } }>(
    '/yeu-cau-bao-gia/:id/bao-gia/:quoteId',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const values: AcceptValues = { addressId: '', address: {}, paymentMethod: 'cod', note: '' };
      return renderAccept(reply, ctx, request.params, { values, errors: {}, fresh: true });
    },
  );

  app.post<{ Params: { id: string; quoteId: string } }>(
    '/yeu-cau-bao-gia/:id/bao-gia/:quoteId',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { id, quoteId } = request.params;
      const body = (request.body ?? {}) as Form;
      const values: AcceptValues = {
        addressId: formText(body, 'addressId') || 'new',
        address: readAddressFields(body, 'shippingAddress'),
        paymentMethod: formText(body, 'paymentMethod'),
        note: formText(body, 'note'),
      };
      if (isWardsRefresh(body))
        return renderAccept(reply, ctx, { id, quoteId }, { values: { ...values, addressId: 'new' }, errors: {} });
      if (!UUID.test(id) || !UUID.test(quoteId)) throw pageNotFound();

      let shippingAddress: Record<string, string> = values.address;
      if (values.addressId !== 'new') {
        const saved = UUID.test(values.addressId) ? await ctx.api.get<AddressDto>(`/me/addresses/${values.addressId}`) : null;
        if (!saved?.ok) {
          const errors = { addressId: ctx.t.rfq.accept.chooseAddress };
          return renderAccept(reply, ctx, { id, quoteId }, { values, errors, status: 422 });
        }
        const { fullName, phone, provinceCode, wardCode, street } = saved.data;
        shippingAddress = { fullName, phone, provinceCode, wardCode, street };
      }
      const idempotencyKey = /^[\w.:-]{8,128}$/.test(formText(body, 'idempotencyKey'))
        ? formText(body, 'idempotencyKey')
        : undefined;
      const accepted = await ctx.api.post<CheckoutResultDto>(`/rfqs/${id}/quotes/${quoteId}/accept`, {
        body: { shippingAddress, paymentMethod: values.paymentMethod, ...(values.note ? { note: values.note } : {}) },
        ...(idempotencyKey ? { idempotencyKey } : {}),
      });
      if (accepted.ok) {
        const [order] = accepted.data.orders;
        return redirectTo(reply, ctx.href(order ? `/don-hang/${order.id}` : '/don-hang'));
      }
      if (accepted.status === 404) required(accepted);
      const errors = localizeAddressErrors(
        ctx,
        formErrors(accepted.problem, { paymentMethod: ctx.t.rfq.accept.choosePayment }),
        'shippingAddress',
      );
      return renderAccept(reply, ctx, { id, quoteId }, { values, errors, status: formStatus(accepted.problem) });
    },
  );
}

/** The request with the quotes its viewer may see, the enterprises' names, and the quote form for a seller. */
async function renderDetail(
  reply: FastifyReply,
  ctx: PageContext,
  id: string,
  options: { notice?: string | undefined; quote?: { values: QuoteFormValues; errors: FieldErrors }; status?: number },
) {
  if (!UUID.test(id)) throw pageNotFound();
  const [detail, categories, me] = await Promise.all([
    ctx.api.get<RfqDetailDto>(`/rfqs/${id}`),
    categoryTree(ctx),
    ctx.viewer ? ctx.api.get<Me>('/me') : null,
  ]);
  const rfq = required(detail);
  const mayQuote = rfq.status === 'open' && !rfq.mine && me?.ok === true;
  const memberships = mayQuote && me?.ok ? me.data.enterprises.map((membership) => membership.id) : [];
  const enterpriseIds = [...new Set([...rfq.quotes.map((quote) => quote.enterpriseId), ...memberships])];
  const enterprises = await Promise.all(
    enterpriseIds.map((enterpriseId) => ctx.api.get<EnterpriseDto>(`/enterprises/${enterpriseId}`)),
  );
  const names: EnterpriseNames = {};
  const approved: { id: string; name: string }[] = [];
  for (const answer of enterprises) {
    if (!answer.ok) continue;
    names[answer.data.id] = { name: answer.data.name, slug: answer.data.slug };
    if (memberships.includes(answer.data.id) && answer.data.status === 'approved')
      approved.push({ id: answer.data.id, name: answer.data.name });
  }
  // one quote an enterprise: those that have quoted are not offered again
  const free = approved.filter((enterprise) => !rfq.quotes.some((quote) => quote.enterpriseId === enterprise.id));
  let quoteForm: QuoteFormState | null = null;
  if (options.quote) quoteForm = { enterprises: approved, ...options.quote };
  else if (free.length > 0) {
    quoteForm = {
      enterprises: free,
      values: {
        enterpriseId: free[0]?.id ?? '',
        unitPrice: '',
        quantity: String(rfq.quantity),
        message: '',
        validUntil: vietnamDay(7),
      },
      errors: {},
    };
  }
  const page = (
    <RfqDetailPage
      ctx={ctx}
      rfq={rfq}
      category={categoryName(categories.ok ? categories.data : [], rfq.categoryId)}
      names={names}
      notice={options.notice}
      quoteForm={quoteForm}
    />
  );
  return sendPage(reply, page, { status: options.status ?? 200, cacheable: !ctx.viewer });
}

/** The buyer's form to accept a quote: a saved address (the default chosen) or another, and how to pay. */
async function renderAccept(
  reply: FastifyReply,
  ctx: PageContext,
  params: { id: string; quoteId: string },
  form: { values: AcceptValues; errors: FieldErrors; status?: number; fresh?: boolean },
) {
  if (!UUID.test(params.id) || !UUID.test(params.quoteId)) throw pageNotFound();
  const [detail, book] = await Promise.all([
    ctx.api.get<RfqDetailDto>(`/rfqs/${params.id}`),
    ctx.api.get<{ items: AddressDto[] }>('/me/addresses'),
  ]);
  const rfq = required(detail);
  const quote = rfq.quotes.find((one) => one.id === params.quoteId);
  // only the buyer sees every quote and may accept one: for anyone else there is nothing here
  if (!rfq.mine || !quote) throw pageNotFound();
  if (rfq.status !== 'open' || quote.status !== 'open') return redirectTo(reply, ctx.href(`/yeu-cau-bao-gia/${rfq.id}`));
  const addresses = book.ok ? book.data.items : [];
  const values = { ...form.values };
  if (form.fresh) values.addressId = addresses.find((address) => address.isDefault)?.id ?? 'new';
  if (!ACCEPT_METHODS.some((method) => method === values.paymentMethod) && form.fresh) values.paymentMethod = 'cod';
  const [units, seller] = await Promise.all([
    loadAddressUnits(ctx, values.address.provinceCode),
    ctx.api.get<EnterpriseDto>(`/enterprises/${quote.enterpriseId}`),
  ]);
  const page = (
    <AcceptPage
      ctx={ctx}
      rfq={rfq}
      quote={quote}
      seller={seller.ok ? seller.data.name : ctx.t.rfq.detail.enterprise}
      addresses={addresses}
      values={values}
      errors={form.errors}
      provinces={units.provinces}
      wards={units.wards}
      idempotencyKey={randomUUID()}
    />
  );
  return sendPage(reply, page, { status: form.status ?? 200 });
}
