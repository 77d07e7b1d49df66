import { type CategoryNodeDto, LICENCE_RULES, type ProductDto, UNITS, VAT_CATEGORIES } from '@tradeqn/catalog/contract';
import { formatVnd } from '@tradeqn/vn';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId, SelectField, TextField } from '../../components/form.tsx';
import { ProductImage } from '../../components/product-image.tsx';
import type { ListQuery } from '../../http/list-query.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import type { Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';
import { type TextField as FormTextField, MAX_IMAGES, MIN_TIER_ROWS, type ProductFormValues } from './ws-products-form.ts';

export const LIST_FILTERS = ['q', 'status'] as const;
export const LIST_SORTS = ['createdAt', 'name', 'price', 'stock'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export type ListSort = (typeof LIST_SORTS)[number];

export const STATUS_ORDER = ['draft', 'pending_review', 'approved', 'rejected', 'hidden'] as const;

/** The moves an owner makes on a product, by the path segment that asks for them. */
export const MOVES = { an: 'hide', hien: 'show', 'gui-duyet': 'submit' } as const;
export type MoveSegment = keyof typeof MOVES;

function Script({ ctx }: { ctx: PageContext }) {
  const src = ctx.site.assets['ws-products.js'];
  return src ? <script type="module" src={src} nonce={ctx.nonce} /> : null;
}

function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.wsProducts.statuses[status] ?? status}
    </span>
  );
}

/** A product's move as a one-button form (hide, show, submit). */
function MoveButton({
  ctx,
  enterpriseId,
  product,
  segment,
  back,
  secondary = true,
}: {
  ctx: PageContext;
  enterpriseId: string;
  product: ProductDto;
  segment: MoveSegment;
  back: string;
  secondary?: boolean;
}) {
  const t = ctx.t.wsProducts;
  const label = { an: t.hide, hien: t.show, 'gui-duyet': t.submit }[segment];
  return (
    <form
      method="post"
      action={ctx.href(workspacePath(enterpriseId, 'products', `/${product.id}/${segment}`))}
      class="inline-form"
      data-move={MOVES[segment]}
    >
      <CsrfField ctx={ctx} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class={secondary ? 'button button-secondary ws-button-small' : 'button ws-button-small'}>
        {label}
      </button>
    </form>
  );
}

/** The moves a product allows in its state. */
function movesOf(status: string): MoveSegment[] {
  if (status === 'approved') return ['an'];
  if (status === 'hidden') return ['hien'];
  if (status === 'draft' || status === 'rejected') return ['gui-duyet'];
  return [];
}

export function ProductListPage({
  ctx,
  workspace,
  query,
  products,
  nextCursor,
  counts,
}: {
  ctx: PageContext;
  workspace: Workspace;
  query: ListQuery<ListFilter, ListSort>;
  products: ProductDto[];
  nextCursor: string | null;
  counts: Record<string, number>;
}) {
  const t = ctx.t.wsProducts;
  const id = workspace.enterprise.id;
  const basePath = workspacePath(id, 'products');
  const back = withQuery(basePath, { ...query.params, cursor: query.cursor });
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const statusLink = (status: string | undefined) => ctx.href(withQuery(basePath, { ...query.params, status }));
  const columns: Column<ProductDto>[] = [
    {
      key: 'image',
      label: t.columns.image,
      cell: (product) => (
        <span class="ws-product-thumb">
          <ProductImage
            url={product.images[0] ?? null}
            alt={product.images[0] ? product.name : t.noImage}
            sizes="64px"
            width={64}
          />
        </span>
      ),
    },
    {
      key: 'name',
      label: t.columns.name,
      sortable: true,
      cell: (product) => (
        <a href={ctx.href(workspacePath(id, 'products', `/${product.id}`))} data-product-name>
          {product.name}
        </a>
      ),
    },
    { key: 'price', label: t.columns.price, sortable: true, numeric: true, cell: (product) => formatVnd(product.price) },
    {
      key: 'stock',
      label: t.columns.stock,
      sortable: true,
      numeric: true,
      cell: (product) => (
        <form
          method="post"
          action={ctx.href(workspacePath(id, 'products', `/${product.id}/ton-kho`))}
          class="ws-stock-form"
          data-stock-form
        >
          <CsrfField ctx={ctx} />
          <input type="hidden" name="back" value={back} />
          <label class="visually-hidden" for={`stock-${product.id}`}>
            {t.stockLabel(product.name)}
          </label>
          <input
            id={`stock-${product.id}`}
            type="number"
            name="stock"
            min={0}
            max={100_000_000}
            step={1}
            inputMode="numeric"
            value={product.stock}
            required
          />
          <button type="submit" class="button button-secondary ws-button-small">
            {t.saveStock}
          </button>
          <output class="ws-stock-status" aria-live="polite" data-stock-status />
        </form>
      ),
    },
    {
      key: 'status',
      label: t.columns.status,
      cell: (product) => (
        <>
          <StatusBadge ctx={ctx} status={product.status} />
          {product.status === 'rejected' && product.statusReason ? (
            <p class="ws-reason" data-reason>
              <span class="visually-hidden">{t.reason}: </span>
              {product.statusReason}
            </p>
          ) : null}
        </>
      ),
    },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (product) => (
        <div class="ws-row-actions">
          <a class="button button-secondary ws-button-small" href={ctx.href(workspacePath(id, 'products', `/${product.id}`))}>
            {t.edit}
          </a>
          {movesOf(product.status).map((segment) => (
            <MoveButton ctx={ctx} enterpriseId={id} product={product} segment={segment} back={back} />
          ))}
        </div>
      ),
    },
  ];
  const filtered = Boolean(query.filters.q || query.filters.status);
  return (
    <WorkspaceDocument
      ctx={ctx}
      workspace={workspace}
      active="products"
      title={t.title}
      actions={
        <>
          <a class="button" href={ctx.href(workspacePath(id, 'newProduct'))} data-add-product>
            {t.addProduct}
          </a>
          <a class="button button-secondary" href={ctx.href(workspacePath(id, 'productImport'))}>
            {t.importExcel}
          </a>
          <a class="button button-secondary" href={ctx.href(workspacePath(id, 'productExport'))}>
            {t.exportExcel}
          </a>
        </>
      }
    >
      <nav class="ws-status-tabs" aria-label={t.statusFilterLabel}>
        <ul class="plain-list">
          <li>
            <a href={statusLink(undefined)} aria-current={query.filters.status ? undefined : 'page'} data-status-tab="">
              {t.all} <span class="count-badge">{total}</span>
            </a>
          </li>
          {STATUS_ORDER.map((status) => (
            <li>
              <a
                href={statusLink(status)}
                aria-current={query.filters.status === status ? 'page' : undefined}
                data-status-tab={status}
              >
                {t.statuses[status]} <span class="count-badge">{counts[status] ?? 0}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar ctx={ctx} basePath={basePath} hidden={{ sort: query.params.sort, dir: query.params.dir }}>
        <TextField name="q" type="search" label={t.search} hint={t.searchHint} value={query.filters.q} maxLength={200} />
        <SelectField
          name="status"
          label={t.status}
          value={query.filters.status}
          placeholder={t.all}
          options={STATUS_ORDER.map((status) => ({ value: status, label: `${t.statuses[status]} (${counts[status] ?? 0})` }))}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.listCaption}
        columns={columns}
        rows={products}
        rowKey={(product) => product.id}
        rowAttributes={(product) => ({ 'data-product': product.id, 'data-product-status': product.status })}
        basePath={basePath}
        params={query.params}
        sort={query.sort}
        cursor={query.cursor}
        nextCursor={nextCursor}
        empty={
          <>
            <p>{filtered ? t.emptyFiltered : t.empty}</p>
            {filtered ? null : <p>{t.emptyNext}</p>}
          </>
        }
      />
      <Script ctx={ctx} />
    </WorkspaceDocument>
  );
}

function CategorySelect({
  ctx,
  tree,
  value,
  error,
}: {
  ctx: PageContext;
  tree: CategoryNodeDto[];
  value: string;
  error: string | undefined;
}) {
  const t = ctx.t.wsProducts;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={fieldId('categoryId')}>{t.fields.categoryId}</label>
      {error ? (
        <p class="field-error" id={`${fieldId('categoryId')}-error`}>
          {error}
        </p>
      ) : null}
      <select
        id={fieldId('categoryId')}
        name="categoryId"
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${fieldId('categoryId')}-error` : undefined}
      >
        <option value="">{t.choose}</option>
        {tree.map((root) =>
          root.children.length > 0 ? (
            <optgroup label={root.name}>
              {root.children.map((child) => (
                <option value={child.id} selected={child.id === value}>
                  {child.name}
                </option>
              ))}
            </optgroup>
          ) : (
            <option value={root.id} selected={root.id === value}>
              {root.name}
            </option>
          ),
        )}
      </select>
    </div>
  );
}

function ImageRows({ ctx, values, errors }: { ctx: PageContext; values: ProductFormValues; errors: FieldErrors }) {
  const t = ctx.t.wsProducts;
  const name = values.text.name || t.newTitle;
  const main = values.mainImage || values.images.find((image) => !image.remove)?.url || '';
  return (
    <fieldset class="ws-images">
      <legend>{t.sections.images}</legend>
      {values.images.length > 0 ? (
        <>
          <p class="field-hint">{t.hints.images}</p>
          {errors.images ? <p class="field-error">{errors.images}</p> : null}
          <ol class="plain-list ws-image-list" data-image-list>
            {values.images.map((image, index) => (
              <li class="ws-image" data-image={image.url}>
                <ProductImage url={image.url} alt={t.imageAlt(name, index + 1)} sizes="120px" width={120} />
                <input type="hidden" name={`image.${index}.url`} value={image.url} />
                <div class="ws-image-controls">
                  <label for={fieldId(`image.${index}.position`)}>{t.imagePosition(index + 1)}</label>
                  <input
                    id={fieldId(`image.${index}.position`)}
                    type="number"
                    name={`image.${index}.position`}
                    min={1}
                    max={MAX_IMAGES}
                    value={image.position}
                    inputMode="numeric"
                    data-position
                  />
                  <label class="choice">
                    <input type="radio" name="mainImage" value={image.url} checked={image.url === main} data-main-image />
                    <span>
                      {t.imageMain}
                      <span class="visually-hidden"> ({t.imageMakeMain(index + 1)})</span>
                    </span>
                  </label>
                  <label class="choice">
                    <input type="checkbox" name={`image.${index}.remove`} value="1" checked={image.remove} data-remove-image />
                    <span>{t.imageRemove(index + 1)}</span>
                  </label>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p class="muted">{t.noImagesYet}</p>
      )}
      <div class={errors.newImages ? 'field field-invalid ws-dropzone' : 'field ws-dropzone'} data-dropzone>
        <label for={fieldId('newImages')}>{t.fields.newImages}</label>
        <p class="field-hint" id={`${fieldId('newImages')}-hint`}>
          {t.hints.newImages}
        </p>
        {errors.newImages ? (
          <p class="field-error" id={`${fieldId('newImages')}-error`}>
            {errors.newImages}
          </p>
        ) : null}
        <input
          id={fieldId('newImages')}
          type="file"
          name="newImages"
          multiple
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${fieldId('newImages')}-hint${errors.newImages ? ` ${fieldId('newImages')}-error` : ''}`}
        />
        <p class="ws-drop-hint" hidden data-drop-hint>
          {t.hints.dropHere}
        </p>
        <ul class="plain-list ws-chosen" data-chosen-files aria-live="polite" />
      </div>
    </fieldset>
  );
}

function TierRows({ ctx, values, errors }: { ctx: PageContext; values: ProductFormValues; errors: FieldErrors }) {
  const t = ctx.t.wsProducts;
  const rows = Math.min(10, Math.max(MIN_TIER_ROWS, values.tiers.length + 1));
  return (
    <fieldset class="ws-tiers" aria-describedby="tiers-hint">
      <legend>{t.tiersLegend}</legend>
      <p class="field-hint" id="tiers-hint">
        {t.hints.tiers}
      </p>
      <table class="ws-tier-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t.tierMinQty}</th>
            <th scope="col">{t.tierPrice}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => {
            const tier = values.tiers[row] ?? { minQty: '', price: '' };
            return (
              <tr data-tier-row={row}>
                <th scope="row">{row + 1}</th>
                {(['minQty', 'price'] as const).map((part) => {
                  const name = `wholesaleTiers.${row}.${part}`;
                  const error = errors[name];
                  return (
                    <td class={error ? 'field-invalid' : undefined}>
                      <label class="visually-hidden" for={fieldId(name)}>
                        {part === 'minQty' ? t.fields.tierMinQty(row + 1) : t.fields.tierPrice(row + 1)}
                      </label>
                      {error ? (
                        <p class="field-error" id={`${fieldId(name)}-error`}>
                          {error}
                        </p>
                      ) : null}
                      <input
                        id={fieldId(name)}
                        name={name}
                        type="text"
                        inputMode="numeric"
                        value={tier[part]}
                        aria-invalid={error ? 'true' : undefined}
                        aria-describedby={error ? `${fieldId(name)}-error` : undefined}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

/** The labels of the form's fields, for the error summary. */
export function fieldLabels(ctx: PageContext, values: ProductFormValues): Record<string, string> {
  const t = ctx.t.wsProducts;
  const labels: Record<string, string> = {
    newImages: t.fields.newImages,
    images: t.fields.images,
  };
  for (const [name, label] of Object.entries(t.fields)) if (typeof label === 'string') labels[name] = label;
  for (let row = 0; row < Math.max(10, values.tiers.length); row++) {
    labels[`wholesaleTiers.${row}.minQty`] = t.fields.tierMinQty(row + 1);
    labels[`wholesaleTiers.${row}.price`] = t.fields.tierPrice(row + 1);
  }
  return labels;
}

/** The categories that need a licence, with the licence each needs, named as the seller's tree names them. */
function licensedCategories(ctx: PageContext, tree: CategoryNodeDto[]): string {
  const all = tree.flatMap((node) => [node, ...node.children]);
  return all
    .filter((node) => LICENCE_RULES[node.slug])
    .map((node) => `${node.name} (${ctx.locale === 'en' ? LICENCE_RULES[node.slug]?.en : LICENCE_RULES[node.slug]?.vi})`)
    .join('; ');
}

export function ProductFormPage({
  ctx,
  workspace,
  product,
  values,
  errors,
  tree,
}: {
  ctx: PageContext;
  workspace: Workspace;
  /** The product being edited; none for a new one. */
  product?: ProductDto;
  values: ProductFormValues;
  errors: FieldErrors;
  tree: CategoryNodeDto[];
}) {
  const t = ctx.t.wsProducts;
  const id = workspace.enterprise.id;
  const title = product ? t.editTitle(product.name) : t.newTitle;
  const action = product ? workspacePath(id, 'products', `/${product.id}`) : workspacePath(id, 'newProduct');
  const field = (name: FormTextField) => ({ name, label: t.fields[name], value: values.text[name], error: errors[name] });
  const mayFileForReview = !product || product.status === 'draft' || product.status === 'rejected';
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="products" title={title}>
      <p>
        <a href={ctx.href(workspacePath(id, 'products'))}>{t.backToList}</a>
      </p>
      {product ? <StatusPanel ctx={ctx} enterpriseId={id} product={product} /> : null}
      <ErrorSummary ctx={ctx} errors={errors} labels={fieldLabels(ctx, values)} />
      <form method="post" action={ctx.href(action)} enctype="multipart/form-data" class="ws-product-form" data-product-form>
        <CsrfField ctx={ctx} />
        <fieldset>
          <legend>{t.sections.basics}</legend>
          <TextField {...field('name')} required maxLength={200} />
          <CategorySelect ctx={ctx} tree={tree} value={values.text.categoryId} error={errors.categoryId} />
          <TextField {...field('description')} multiline maxLength={5000} hint={t.hints.description} />
          <TextField {...field('origin')} maxLength={200} />
        </fieldset>
        <ImageRows ctx={ctx} values={values} errors={errors} />
        <fieldset>
          <legend>{t.sections.prices}</legend>
          <div class="ws-grid">
            <TextField {...field('price')} required inputMode="numeric" hint={t.hints.price} />
            <SelectField
              {...field('unit')}
              required
              options={UNITS.map((unit) => ({ value: unit, label: unit }))}
              value={values.text.unit}
            />
            <TextField {...field('stock')} required inputMode="numeric" />
            <TextField {...field('minOrderQty')} inputMode="numeric" />
            <SelectField
              {...field('vatCategory')}
              options={VAT_CATEGORIES.map((rate) => ({ value: rate, label: t.vat[rate] ?? rate }))}
              value={values.text.vatCategory}
            />
          </div>
          <TierRows ctx={ctx} values={values} errors={errors} />
        </fieldset>
        <fieldset>
          <legend>{t.sections.ocop}</legend>
          <p class="field-hint">{t.hints.ocop}</p>
          <div class="ws-grid">
            <SelectField
              {...field('ocopStars')}
              placeholder={t.noOcop}
              options={[3, 4, 5].map((n) => ({ value: String(n), label: t.stars(n) }))}
              value={values.text.ocopStars}
            />
            <TextField {...field('ocopCertificateNo')} maxLength={60} />
            <TextField {...field('ocopIssuer')} maxLength={200} />
            <TextField {...field('ocopIssuedOn')} type="date" />
            <TextField {...field('ocopExpiresOn')} type="date" />
          </div>
        </fieldset>
        <fieldset data-licence>
          <legend>{t.sections.licence}</legend>
          <p class="field-hint">{t.hints.licence(licensedCategories(ctx, tree))}</p>
          <div class="ws-grid">
            <TextField {...field('licenceNumber')} maxLength={60} />
            <TextField {...field('licenceIssuer')} maxLength={200} />
            <TextField {...field('licenceIssuedOn')} type="date" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.sections.label}</legend>
          <div class="ws-grid">
            <TextField {...field('manufacturer')} maxLength={200} />
            <TextField {...field('netQuantity')} maxLength={60} />
          </div>
          <TextField {...field('ingredients')} multiline maxLength={2000} />
          <TextField {...field('storage')} maxLength={1000} />
          <TextField {...field('warnings')} maxLength={1000} />
        </fieldset>
        {product && product.status !== 'draft' ? <p class="field-hint">{t.reviewNote}</p> : null}
        <div class="ws-form-actions">
          {mayFileForReview ? (
            <button type="submit" name="intent" value="submit" class="button" data-intent="submit">
              {t.saveAndSubmit}
            </button>
          ) : null}
          <button
            type="submit"
            name="intent"
            value="save"
            class={mayFileForReview ? 'button button-secondary' : 'button'}
            data-intent="save"
          >
            {!product || product.status === 'draft' ? t.saveDraft : t.save}
          </button>
        </div>
      </form>
      <Script ctx={ctx} />
    </WorkspaceDocument>
  );
}

function StatusPanel({ ctx, enterpriseId, product }: { ctx: PageContext; enterpriseId: string; product: ProductDto }) {
  const t = ctx.t.wsProducts;
  const back = workspacePath(enterpriseId, 'products', `/${product.id}`);
  const moves = movesOf(product.status).filter((segment) => segment !== 'gui-duyet');
  return (
    <section class="ws-status-panel" aria-labelledby="status-panel-title" data-status-panel>
      <h2 id="status-panel-title">
        {t.statusPanel}: <StatusBadge ctx={ctx} status={product.status} />
      </h2>
      <p>{t.statusHelp[product.status]}</p>
      {product.status === 'rejected' && product.statusReason ? (
        <div class="ws-reason-box" role="note" data-reason>
          <strong>{t.reason}:</strong> {product.statusReason}
        </div>
      ) : null}
      <div class="ws-row-actions">
        {moves.map((segment) => (
          <MoveButton ctx={ctx} enterpriseId={enterpriseId} product={product} segment={segment} back={back} />
        ))}
        {product.status === 'approved' ? <a href={ctx.href(`/san-pham/${product.slug}`)}>{t.viewOnSite}</a> : null}
      </div>
    </section>
  );
}
