import { type Column, DataTable } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import type { Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';

/** An import as the API answers it (GET /enterprises/{id}/product-imports/{importId}). */
export interface ImportDto {
  id: string;
  status: string;
  submit: boolean;
  fileName: string | null;
  total: number;
  valid: number;
  invalid: number;
  done: number;
  created: number;
  failed: number;
  createdAt: string;
}

export interface ImportRowDto {
  row: number;
  name: string;
  ok: boolean;
  state: string;
  productId: string | null;
  errors: { field: string; code: string; message: string }[];
}

/** The import's pages, under the product list's path. */
export const importPath = (enterpriseId: string, rest = '') => workspacePath(enterpriseId, 'productImport', rest);

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));

/** How often the progress page is loaded again while the import runs. */
const REFRESH_SECONDS = 2;

const rejectedOf = (job: ImportDto) => job.invalid + job.failed;

function ImportActions({ ctx, workspace }: { ctx: PageContext; workspace: Workspace }) {
  const t = ctx.t.wsImport;
  const id = workspace.enterprise.id;
  return (
    <>
      <a class="button button-secondary" href={ctx.href(importPath(id, '/mau.xlsx'))} data-template download>
        {t.template}
      </a>
      <a class="button button-secondary" href={ctx.href(workspacePath(id, 'productExport'))} data-export download>
        {t.exportLink}
      </a>
    </>
  );
}

/** `/kenh-nguoi-ban/{id}/san-pham/nhap-excel`: how it works, the upload form and the recent imports. */
export function UploadPage({
  ctx,
  workspace,
  recent,
  errors = {},
  submit = false,
}: {
  ctx: PageContext;
  workspace: Workspace;
  recent: ImportDto[];
  errors?: FieldErrors;
  submit?: boolean;
}) {
  const t = ctx.t.wsImport;
  const id = workspace.enterprise.id;
  const fileError = errors.file;
  return (
    <WorkspaceDocument
      ctx={ctx}
      workspace={workspace}
      active="products"
      title={t.title}
      actions={<ImportActions ctx={ctx} workspace={workspace} />}
    >
      <ErrorSummary ctx={ctx} errors={errors} labels={{ file: t.file }} />
      <section class="import-steps" aria-labelledby="import-steps-title">
        <h2 id="import-steps-title">{t.steps.heading}</h2>
        <ol>
          <li>
            <a href={ctx.href(importPath(id, '/mau.xlsx'))} download>
              {t.template}
            </a>
            {' — '}
            {t.steps.download}
          </li>
          <li>{t.steps.upload}</li>
          <li>{t.steps.review}</li>
          <li>{t.steps.images}</li>
        </ol>
        <p class="field-hint">{t.exportHint}</p>
      </section>
      <form
        class="import-upload"
        method="post"
        action={ctx.href(importPath(id))}
        enctype="multipart/form-data"
        data-import-upload
        aria-labelledby="import-upload-title"
      >
        <h2 id="import-upload-title">{t.uploadHeading}</h2>
        <CsrfField ctx={ctx} />
        <div class={fileError ? 'field field-invalid' : 'field'}>
          <label for={fieldId('file')}>{t.file}</label>
          <p class="field-hint" id={`${fieldId('file')}-hint`}>
            {t.fileHint}
          </p>
          {fileError ? (
            <p class="field-error" id={`${fieldId('file')}-error`}>
              {fileError}
            </p>
          ) : null}
          <input
            type="file"
            id={fieldId('file')}
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={[`${fieldId('file')}-hint`, fileError ? `${fieldId('file')}-error` : ''].filter(Boolean).join(' ')}
          />
        </div>
        <label class="choice" for={fieldId('submit')}>
          <input type="checkbox" id={fieldId('submit')} name="submit" value="1" checked={submit} />
          {t.submitNow}
        </label>
        <p class="form-actions">
          <button type="submit">{t.check}</button>
        </p>
      </form>
      <section aria-labelledby="import-recent-title">
        <h2 id="import-recent-title">{t.recentHeading}</h2>
        <RecentImports ctx={ctx} enterpriseId={id} recent={recent} />
      </section>
    </WorkspaceDocument>
  );
}

function RecentImports({ ctx, enterpriseId, recent }: { ctx: PageContext; enterpriseId: string; recent: ImportDto[] }) {
  const t = ctx.t.wsImport;
  const columns: Column<ImportDto>[] = [
    { key: 'when', label: t.recent.when, cell: (job) => dateTime(job.createdAt) },
    { key: 'file', label: t.recent.file, cell: (job) => job.fileName ?? '—' },
    { key: 'status', label: t.recent.status, cell: (job) => t.statuses[job.status] ?? job.status },
    { key: 'result', label: t.recent.result, cell: (job) => t.resultOf(job.created, rejectedOf(job)) },
    {
      key: 'open',
      label: t.recent.open,
      cell: (job) => <a href={ctx.href(importPath(enterpriseId, `/${job.id}`))}>{t.recent.open}</a>,
    },
  ];
  return (
    <DataTable
      ctx={ctx}
      caption={t.recentHeading}
      columns={columns}
      rows={recent}
      rowKey={(job) => job.id}
      basePath={importPath(enterpriseId)}
      params={{}}
      nextCursor={null}
      empty={<p>{t.recentEmpty}</p>}
      rowAttributes={(job) => ({ 'data-import': job.id })}
    />
  );
}

/** A row's errors, each as "column: what is wrong", in the page's language. */
function RowErrors({ ctx, row }: { ctx: PageContext; row: ImportRowDto }) {
  const t = ctx.t.wsImport;
  if (row.errors.length === 0) return null;
  return (
    <ul class="import-row-errors plain-list">
      {row.errors.map((error) => (
        <li data-field={error.field} data-code={error.code}>
          <strong>{t.fields[error.field] ?? error.field}</strong>: {t.codes[error.code] ?? error.message}
        </li>
      ))}
    </ul>
  );
}

function RowsTable({
  ctx,
  enterpriseId,
  job,
  rows,
  basePath,
  params,
}: {
  ctx: PageContext;
  enterpriseId: string;
  job: ImportDto;
  rows: ImportRowDto[];
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = ctx.t.wsImport;
  const columns: Column<ImportRowDto>[] = [
    { key: 'row', label: t.columns.row, numeric: true, cell: (row) => row.row },
    { key: 'name', label: t.columns.name, cell: (row) => row.name || <span class="muted">{t.noName}</span> },
    {
      key: 'outcome',
      label: t.columns.outcome,
      cell: (row) => (
        <span class={`import-state import-state-${row.state}`}>
          {job.status === 'checked' && row.state === 'pending' ? t.rowStates.pending : (t.rowStates[row.state] ?? row.state)}
          {row.productId ? (
            <>
              {' · '}
              <a href={ctx.href(workspacePath(enterpriseId, 'products', `/${row.productId}`))}>{t.viewProduct}</a>
            </>
          ) : null}
        </span>
      ),
    },
    { key: 'errors', label: t.columns.errors, cell: (row) => <RowErrors ctx={ctx} row={row} /> },
  ];
  return (
    <DataTable
      ctx={ctx}
      caption={t.rowsCaption}
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.row)}
      basePath={basePath}
      params={params}
      nextCursor={null}
      empty={<p>—</p>}
      rowAttributes={(row) => ({
        'data-row': String(row.row),
        'data-ok': String(row.ok),
        ...(row.ok ? {} : { class: 'import-row-refused' }),
      })}
    />
  );
}

/**
 * `/kenh-nguoi-ban/{id}/san-pham/nhap-excel/{importId}`: the check's result with every row and
 * its errors and the button that imports the valid rows; then the progress (the page asks to be
 * loaded again every two seconds, with or without JavaScript); then the result.
 */
export function ImportPage({
  ctx,
  workspace,
  job,
  rows,
  onlyErrors,
}: {
  ctx: PageContext;
  workspace: Workspace;
  job: ImportDto;
  rows: ImportRowDto[];
  onlyErrors: boolean;
}) {
  const t = ctx.t.wsImport;
  const id = workspace.enterprise.id;
  const basePath = importPath(id, `/${job.id}`);
  const isRunning = job.status === 'queued' || job.status === 'running';
  const title = job.status === 'checked' ? t.checkTitle : isRunning ? t.progressTitle : t.resultTitle;
  const refused = rows.filter((row) => !row.ok);
  const shown = job.status === 'finished' ? refused : onlyErrors ? refused : rows;
  return (
    <WorkspaceDocument
      ctx={ctx}
      workspace={workspace}
      active="products"
      title={title}
      actions={<ImportActions ctx={ctx} workspace={workspace} />}
    >
      <div class="import-job" data-import-job={job.id} data-status={job.status}>
        {job.fileName ? <p class="muted">{t.fileName(job.fileName)}</p> : null}
        {job.status === 'checked' ? (
          <>
            <p class="import-summary" data-summary>
              {t.summary(job.total, job.valid, job.invalid)}
            </p>
            {job.valid > 0 ? (
              <form method="post" action={ctx.href(`${basePath}/bat-dau`)} class="import-start" data-import-start>
                <CsrfField ctx={ctx} />
                <button type="submit">{t.importValid(job.valid)}</button> <a href={ctx.href(importPath(id))}>{t.uploadAnother}</a>
              </form>
            ) : (
              <p class="import-nothing" role="alert">
                {t.nothingValid} <a href={ctx.href(importPath(id))}>{t.uploadAnother}</a>
              </p>
            )}
            <p>
              {onlyErrors ? (
                <a href={ctx.href(basePath)}>{t.allRows}</a>
              ) : (
                <a href={ctx.href(`${basePath}?chi-loi=1`)} data-only-errors>
                  {t.onlyErrors}
                </a>
              )}
            </p>
          </>
        ) : null}
        {isRunning ? (
          <div class="import-progress" data-progress data-refresh-seconds={REFRESH_SECONDS}>
            {/* without JavaScript the page loads itself again; with it, ws-import.js polls instead */}
            <noscript>
              <meta http-equiv="refresh" content={String(REFRESH_SECONDS)} />
            </noscript>
            <progress max={Math.max(job.valid, 1)} value={job.done} aria-labelledby="import-progress-text" />
            <p id="import-progress-text" role="status" aria-live="polite" data-progress-text>
              {t.progress(job.done, job.valid)}
            </p>
            <p class="field-hint">{t.progressHint}</p>
          </div>
        ) : null}
        {job.status === 'finished' ? (
          <div class="import-result" data-result>
            <p class="import-summary" data-summary role="status">
              {t.resultSummary(job.created, rejectedOf(job))}
            </p>
            <p>{t.createdAs(job.submit)}</p>
            <p>
              <a class="button" href={ctx.href(workspacePath(id, 'products'))} data-to-products>
                {t.toProducts}
              </a>{' '}
              <a href={ctx.href(importPath(id))}>{t.uploadAnother}</a>
            </p>
            {refused.length > 0 ? <h2>{t.rejectedHeading}</h2> : null}
          </div>
        ) : null}
        {shown.length > 0 && !isRunning ? (
          <RowsTable
            ctx={ctx}
            enterpriseId={id}
            job={job}
            rows={shown}
            basePath={basePath}
            params={onlyErrors ? { 'chi-loi': '1' } : {}}
          />
        ) : null}
        {isRunning ? <script type="module" src={ctx.site.assets['ws-import.js']} nonce={ctx.nonce} /> : null}
      </div>
    </WorkspaceDocument>
  );
}
