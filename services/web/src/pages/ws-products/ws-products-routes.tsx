import type { ProductDto } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import type { FieldErrors } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { readListQuery } from '../../http/list-query.ts';
import { type FormFile, type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { categoryTree } from '../../http/shared-reads.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import {
  changesOf,
  emptyValues,
  MAX_FILES_PER_POST,
  newImageFiles,
  orderedImages,
  type ProductFormValues,
  productErrors,
  productInput,
  readProductForm,
  valuesOfProduct,
} from './ws-products-form.ts';
import {
  LIST_FILTERS,
  LIST_SORTS,
  MOVES,
  type MoveSegment,
  ProductFormPage,
  ProductListPage,
  STATUS_ORDER,
} from './ws-products-pages.tsx';

const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PRODUCTS = `${WORKSPACE_ROOT}/:id/san-pham`;

type Id = { Params: { id: string } };
type ProductId = { Params: { id: string; productId: string } };

interface ListAnswer {
  items: ProductDto[];
  nextCursor: string | null;
  counts?: Record<string, number>;
}

/** The API's order for the list's column and direction. */
function apiSort(key: string, dir: 'asc' | 'desc'): string {
  if (key === 'createdAt') return dir === 'desc' ? 'newest' : 'oldest';
  return `${key}_${dir}`;
}

/**
 * One of this enterprise's products, for a member of it; anything else is the 404 page — a
 * product of another enterprise too, even a public one, so its address here tells nothing.
 */
async function loadProduct(ctx: PageContext, workspace: Workspace, productId: string): Promise<ProductDto> {
  if (!UUID.test(productId)) throw pageNotFound();
  const answer = await ctx.api.get<ProductDto>(`/products/${productId}`);
  if (!answer.ok || answer.data.enterprise.id !== workspace.enterprise.id) throw pageNotFound();
  return answer.data;
}

/** A path back into this enterprise's product pages (what a form sent as `back`), else the list. */
function backPath(body: unknown, enterpriseId: string): string {
  const back = formText(body, 'back');
  const base = workspacePath(enterpriseId, 'products');
  return back === base || back.startsWith(`${base}?`) || back.startsWith(`${base}/`) ? back : base;
}

const wantsJson = (accept: string | undefined) => (accept ?? '').includes('application/json');

/**
 * The enterprise's products in its workspace: the list (status, search, sort, keyset pages,
 * stock edited in place, hide/show), and the form that creates and edits a product with its
 * images, wholesale tiers, OCOP certificate and label, saving a draft or filing it for review.
 */
export async function wsProductPages(app: App): Promise<void> {
  app.get<Id>(PRODUCTS, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const query = readListQuery(request.query, {
      filters: LIST_FILTERS,
      sorts: LIST_SORTS,
      defaultSort: { key: 'createdAt', dir: 'desc' },
    });
    if (query.filters.status && !(STATUS_ORDER as readonly string[]).includes(query.filters.status)) {
      query.filters.status = undefined;
      query.params.status = undefined;
    }
    // the list is asked for beside the guard, not after it: the API answers only a member anyway
    const [workspace, answer] = await Promise.all([
      loadWorkspace(ctx, request.params.id),
      ctx.api.get<ListAnswer>(`/enterprises/${encodeURIComponent(request.params.id)}/products`, {
        query: {
          q: query.filters.q,
          status: query.filters.status,
          sort: apiSort(query.sort.key, query.sort.dir),
          limit: 25,
          cursor: query.cursor,
        },
      }),
    ]);
    // a cursor from an old link (or typed by hand) starts the list again rather than failing
    if (!answer.ok && answer.status === 400 && query.cursor) {
      return redirectTo(reply, ctx.href(workspacePath(workspace.enterprise.id, 'products')));
    }
    const list = required(answer);
    return sendPage(
      reply,
      <ProductListPage
        ctx={ctx}
        workspace={workspace}
        query={query}
        products={list.items}
        nextCursor={list.nextCursor}
        counts={list.counts ?? {}}
      />,
    );
  });

  app.get<Id>(`${PRODUCTS}/moi`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    return renderForm(reply, ctx, workspace, { values: emptyValues(), errors: {} });
  });

  app.post<Id>(
    `${PRODUCTS}/moi`,
    { ...hide, preValidation: multipartForm({ maxFiles: MAX_FILES_PER_POST }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const t = ctx.t.wsProducts;
      const body = (request.body ?? { _files: [] }) as MultipartBody;
      const values = readProductForm(body);
      const read = productInput(values, t);
      const files = newImageFiles(body, 0, t);
      const errors: FieldErrors = {
        ...('errors' in read ? read.errors : {}),
        ...('error' in files ? { newImages: files.error } : {}),
      };
      if ('errors' in read || 'error' in files) return renderForm(reply, ctx, workspace, { values, errors, status: 422 });
      const id = workspace.enterprise.id;
      // a draft first: its images are uploaded to it, and only then is it filed for review
      const created = await ctx.api.post<ProductDto>('/products', {
        body: { ...read.input.body, enterpriseId: id, submit: false },
      });
      if (!created.ok) {
        if (created.status === 401) return redirectToSignIn(reply);
        return renderForm(reply, ctx, workspace, {
          values,
          errors: productErrors(created.problem, read.input.tierRows, t),
          status: formStatus(created.problem),
        });
      }
      const product = created.data;
      const editPath = workspacePath(id, 'products', `/${product.id}`);
      const refused = await uploadImages(ctx, product.id, files.files);
      if (refused) {
        setFlash(reply, refused, 'error');
        return redirectTo(reply, ctx.href(editPath));
      }
      if (formText(body, 'intent') === 'submit') {
        const filed = await fileForReview(ctx, product.id);
        setFlash(reply, filed ?? t.createdAndSubmitted(product.name), filed ? 'error' : 'success');
      } else {
        setFlash(reply, t.created(product.name));
      }
      return redirectTo(reply, ctx.href(editPath));
    },
  );

  app.get<ProductId>(`${PRODUCTS}/:productId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const product = await loadProduct(ctx, workspace, request.params.productId);
    return renderForm(reply, ctx, workspace, { product, values: valuesOfProduct(product), errors: {} });
  });

  app.post<ProductId>(
    `${PRODUCTS}/:productId`,
    { ...hide, preValidation: multipartForm({ maxFiles: MAX_FILES_PER_POST }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const product = await loadProduct(ctx, workspace, request.params.productId);
      const t = ctx.t.wsProducts;
      const body = (request.body ?? { _files: [] }) as MultipartBody;
      const values = readProductForm(body, product.images);
      const images = orderedImages(values);
      const read = productInput(values, t);
      const files = newImageFiles(body, images.length, t);
      const errors: FieldErrors = {
        ...('errors' in read ? read.errors : {}),
        ...('error' in files ? { newImages: files.error } : {}),
      };
      if ('errors' in read || 'error' in files)
        return renderForm(reply, ctx, workspace, { product, values, errors, status: 422 });
      const changes = changesOf(read.input, valuesOfProduct(product), images, product.images, t);
      let saved = product;
      if (Object.keys(changes).length > 0) {
        const patched = await ctx.api.patch<ProductDto>(`/products/${product.id}`, { body: changes });
        if (!patched.ok) {
          if (patched.status === 401) return redirectToSignIn(reply);
          if (patched.status === 404) throw pageNotFound();
          return renderForm(reply, ctx, workspace, {
            product,
            values,
            errors: productErrors(patched.problem, read.input.tierRows, t),
            status: formStatus(patched.problem),
          });
        }
        saved = patched.data;
      }
      const editPath = workspacePath(workspace.enterprise.id, 'products', `/${product.id}`);
      const refused = await uploadImages(ctx, product.id, files.files);
      if (refused) {
        setFlash(reply, refused, 'error');
        return redirectTo(reply, ctx.href(editPath));
      }
      if (formText(body, 'intent') === 'submit' && (saved.status === 'draft' || saved.status === 'rejected')) {
        const filed = await fileForReview(ctx, product.id);
        setFlash(reply, filed ?? t.submitted(saved.name), filed ? 'error' : 'success');
      } else {
        setFlash(reply, t.saved(saved.name));
      }
      return redirectTo(reply, ctx.href(editPath));
    },
  );

  // the quick stock edit of the list: a form per row; with JavaScript, answered as JSON in place
  app.post<ProductId>(`${PRODUCTS}/:productId/ton-kho`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const product = await loadProduct(ctx, workspace, request.params.productId);
    const t = ctx.t.wsProducts;
    const json = wantsJson(request.headers.accept);
    const back = backPath(request.body, workspace.enterprise.id);
    const typed = formText(request.body, 'stock').replace(/[.\s,]/g, '');
    const stock = /^\d{1,9}$/.test(typed) ? Number(typed) : Number.NaN;
    const changed = Number.isSafeInteger(stock)
      ? await ctx.api.patch<ProductDto>(`/products/${product.id}`, { body: { stock } })
      : null;
    if (changed?.ok) {
      if (json) return reply.code(200).send({ ok: true, stock: changed.data.stock, message: t.stockSavedShort });
      setFlash(reply, t.stockSaved(product.name, changed.data.stock));
      return redirectTo(reply, ctx.href(back));
    }
    if (changed && changed.status !== 400) required(changed);
    if (json) return reply.code(422).send({ ok: false, message: t.stockInvalid });
    setFlash(reply, `${product.name}: ${t.stockInvalid}`, 'error');
    return redirectTo(reply, ctx.href(back));
  });

  // hide, show, file for review: the state machine is the catalog's (a move it refuses is a 409)
  app.post<ProductId & { Params: { move: string } }>(`${PRODUCTS}/:productId/:move`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const move = MOVES[request.params.move as MoveSegment];
    if (!Object.hasOwn(MOVES, request.params.move) || !move) throw pageNotFound();
    const workspace = await loadWorkspace(ctx, request.params.id);
    const product = await loadProduct(ctx, workspace, request.params.productId);
    const t = ctx.t.wsProducts;
    const back = backPath(request.body, workspace.enterprise.id);
    const moved = await ctx.api.post<ProductDto>(`/products/${product.id}/${move}`);
    if (moved.ok) {
      const words = { hide: t.hidden, show: t.shown, submit: t.submitted }[move];
      setFlash(reply, words(product.name));
    } else if (moved.status === 409) {
      setFlash(reply, t.moveConflict, 'error');
    } else {
      required(moved);
    }
    return redirectTo(reply, ctx.href(back));
  });
}

/** Uploads the chosen files in order; the first refusal's message, or null when all were taken. */
async function uploadImages(ctx: PageContext, productId: string, files: FormFile[]): Promise<string | null> {
  for (const file of files) {
    const uploaded = await ctx.api.upload<ProductDto>('POST', `/products/${productId}/images`, file);
    if (!uploaded.ok) {
      if (uploaded.status === 401 || uploaded.status === 404) required(uploaded);
      const why =
        uploaded.problem.code === 'CATALOG_TOO_MANY_IMAGES'
          ? ctx.t.wsProducts.errors.tooManyImages
          : (uploaded.problem.detail ?? uploaded.problem.title);
      return ctx.t.wsProducts.imageFailed(file.filename, why);
    }
  }
  return null;
}

async function renderForm(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  form: { product?: ProductDto; values: ProductFormValues; errors: FieldErrors; status?: number },
) {
  const tree = required(await categoryTree(ctx));
  return sendPage(
    reply,
    <ProductFormPage
      ctx={ctx}
      workspace={workspace}
      {...(form.product ? { product: form.product } : {})}
      values={form.values}
      errors={form.errors}
      tree={tree}
    />,
    { status: form.status ?? 200 },
  );
}

/**
 * Sends a saved listing for review; the reason it may not go yet (its category's licence is
 * missing), in the page's language, or undefined when it went.
 */
async function fileForReview(ctx: PageContext, productId: string): Promise<string | undefined> {
  const filed = await ctx.api.post<ProductDto>(`/products/${productId}/submit`);
  if (filed.ok) return undefined;
  if (filed.status !== 400 && filed.status !== 409) required(filed);
  return filed.problem.detail ?? filed.problem.title;
}
