import type { AdminUnitDto, EnterpriseDto, EnterprisePageDto } from '@tradeqn/enterprises/contract';
import { type App, internalCallHeaders } from '@tradeqn/kit';
import { formatDateTimeVn, formatDateVn } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { type ListQuery, readListQuery, withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { wardsOf } from '../../http/shared-reads.ts';
import { collectPages, sendWorkbook } from '../../http/workbook.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 25;
const QUANG_NGAI = '51';
const LIST_PATH = consolePath('enterprises');
const EXPORT_PATH = consolePath('enterprises', '/xuat-excel');
const STATUSES = ['pending', 'approved', 'rejected', 'suspended', 'all'] as const;
const TYPES = ['company', 'cooperative', 'household'] as const;
const LIST_SPEC = {
  filters: ['status', 'type', 'ward', 'q', 'exportReady'] as const,
  sorts: ['submittedAt', 'name'] as const,
  defaultSort: { key: 'submittedAt' as const, dir: 'asc' as const },
};
type EnterpriseListQuery = ListQuery<(typeof LIST_SPEC.filters)[number], (typeof LIST_SPEC.sorts)[number]>;

interface DocumentDto {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}
interface AuditEntry {
  id: number;
  action: string;
  actorId: string | null;
  actorRoles: string[];
  reason: string | null;
  details: Record<string, unknown>;
  at: string;
}
interface VerificationRecord {
  id: string;
  decision: string;
  method: string;
  evidence: string | null;
  documents: { id: string }[];
  officialRoles: string[];
  decidedAt: string;
}
interface HistoryEntry {
  version: number;
  changedBy: string;
  changedAt: string;
  snapshot: Record<string, unknown>;
}
/** `/quan-tri/doanh-nghiep/**`: the verification queue and each enterprise. */
export async function consoleEnterprisePages(app: App): Promise<void> {
  app.get(LIST_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    const query = readListQuery(request.query, LIST_SPEC);
    const [page, wards] = await Promise.all([
      ctx.api.get<EnterprisePageDto>('/admin/enterprises', {
        query: { ...apiQueryOf(query), limit: PAGE_SIZE, cursor: query.cursor },
      }),
      wardsOf(ctx, QUANG_NGAI),
    ]);
    // a hand-made URL (a cursor of another sort, a ward that is no code): the list from the start
    if (!page.ok && page.status === 400) return redirectTo(reply, ctx.href(withQuery(LIST_PATH, {})), 303);
    return sendPage(reply, <ListPage ctx={ctx} query={query} page={required(page)} wards={wards.ok ? wards.data : []} />);
  });

  app.get(EXPORT_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    const query = readListQuery(request.query, LIST_SPEC);
    const { items } = await collectPages(async (cursor) =>
      required(
        await ctx.api.get<EnterprisePageDto>('/admin/enterprises', { query: { ...apiQueryOf(query), limit: 100, cursor } }),
      ),
    );
    const t = ctx.t.consoleEnterprises;
    return sendWorkbook(reply, t.list.fileName, [
      {
        name: t.list.sheet,
        rows: items,
        columns: [
          { header: t.list.name, width: 40, value: (row: EnterpriseDto) => row.name },
          { header: t.list.taxCode, width: 16, format: 'text', value: (row) => row.taxCode },
          { header: t.list.type, value: (row) => t.types[row.type] ?? row.type },
          { header: t.list.status, value: (row) => t.statuses[row.status] ?? row.status },
          { header: t.list.representative, width: 26, value: (row) => row.representative },
          { header: t.list.phone, format: 'text', value: (row) => row.phone },
          { header: t.list.email, width: 28, value: (row) => row.email },
          {
            header: t.list.address,
            width: 50,
            value: (row) => `${row.address.street}, ${row.address.wardName}, ${row.address.provinceName}`,
          },
          { header: t.list.ward, width: 24, value: (row) => row.address.wardName },
          { header: t.list.sectors, width: 30, value: (row) => row.sectors.join(', ') },
          { header: t.list.exportReady, value: (row) => (row.isExportReady ? t.list.yes : t.list.no) },
          { header: t.list.submittedAt, format: 'dateTime', value: (row) => row.submittedAt ?? null },
          { header: t.list.verifiedAt, format: 'dateTime', value: (row) => row.verifiedAt },
        ],
      },
    ]);
  });

  app.get<{ Params: { id: string } }>(`${LIST_PATH}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    return renderEnterprise(reply, ctx, request.params.id, {});
  });

  // a document as the staff viewer reads it, shown inside the page (an image, or a PDF in a frame)
  app.get<{ Params: { id: string; documentId: string } }>(
    `${LIST_PATH}/:id/giay-to/:documentId`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx);
      const { id, documentId } = request.params;
      if (!UUID.test(id) || !UUID.test(documentId)) throw pageNotFound();
      const file = await app.inject({
        method: 'GET',
        url: `/api/v1/enterprises/${id}/documents/${documentId}/file`,
        headers: { ...internalCallHeaders(), authorization: `Bearer ${ctx.viewer.accessToken}` },
        remoteAddress: request.ip,
      });
      if (file.statusCode !== 200) throw pageNotFound();
      const type = String(file.headers['content-type'] ?? 'application/octet-stream');
      // only what the API accepts as a document is shown inline; anything else is a download
      const inline = /^(application\/pdf|image\/(jpeg|png))\b/.test(type);
      return (
        reply
          .type(type)
          .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${fileNameOf(file.headers)}`)
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          // the file runs nothing and is framed only by our own pages
          .header(
            'content-security-policy',
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
          )
          .send(file.rawPayload)
      );
    },
  );

  // every decision is a moderator's or an admin's (the API contract)
  const decisions = [
    { path: 'duyet', action: 'approve' },
    { path: 'tu-choi', action: 'reject' },
    { path: 'tam-ngung', action: 'suspend' },
    { path: 'khoi-phuc', action: 'reinstate' },
  ] as const;
  for (const { path, action } of decisions) {
    app.post<{ Params: { id: string } }>(`${LIST_PATH}/:id/${path}`, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'moderator');
      const id = request.params.id;
      if (!UUID.test(id)) throw pageNotFound();
      const t = ctx.t.consoleEnterprises;
      const typed = {
        template: formText(request.body, 'template'),
        reason: formText(request.body, 'reason'),
        method: formText(request.body, 'method'),
        evidence: formText(request.body, 'evidence'),
      };
      let reason = typed.reason;
      if (action === 'reject') {
        const template = t.detail.templates[Number.parseInt(typed.template, 10)] ?? '';
        reason = [template, typed.reason].filter(Boolean).join('. ');
        if (!reason)
          return renderEnterprise(reply, ctx, id, { reason: t.detail.reasonRequired }, 422, { form: action, ...typed });
      }
      // an approval or a rejection says how it was verified (the API keeps the record)
      const verification =
        action === 'approve' || action === 'reject'
          ? { ...(typed.method ? { method: typed.method } : {}), ...(typed.evidence ? { evidence: typed.evidence } : {}) }
          : {};
      const answer = await ctx.api.post<EnterpriseDto>(`/admin/enterprises/${id}/${action}`, {
        body: { ...(reason ? { reason } : {}), ...verification },
      });
      if (!answer.ok) {
        if (answer.status === 404) throw pageNotFound();
        return renderEnterprise(reply, ctx, id, fieldErrorsOf(answer.problem), formStatus(answer.problem), {
          form: action,
          ...typed,
        });
      }
      setFlash(reply, t.flash[action](answer.data.name));
      return redirectTo(reply, ctx.href(`${LIST_PATH}/${id}`));
    });
  }

  app.post<{ Params: { id: string } }>(`${LIST_PATH}/:id/ten-mien`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const answer = await ctx.api.post<EnterpriseDto>(`/admin/enterprises/${id}/domain/verify`);
    return flashAndBack(reply, ctx, id, answer, (data) => ctx.t.consoleEnterprises.flash.domain(data.customDomain ?? ''));
  });

  app.post<{ Params: { id: string } }>(`${LIST_PATH}/:id/xuat-khau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const on = formText(request.body, 'exportReady') === 'true';
    const answer = await ctx.api.patch<EnterpriseDto>(`/enterprises/${id}`, { body: { isExportReady: on } });
    const flash = ctx.t.consoleEnterprises.flash;
    return flashAndBack(reply, ctx, id, answer, (data) => (on ? flash.exportOn(data.name) : flash.exportOff(data.name)));
  });
}

/** An action without a form to show again: its outcome as the flash, back on the enterprise's page. */
function flashAndBack(
  reply: FastifyReply,
  ctx: PageContext,
  id: string,
  answer: ApiResult<EnterpriseDto>,
  success: (data: EnterpriseDto) => string,
) {
  if (!answer.ok && answer.status === 404) throw pageNotFound();
  if (answer.ok) setFlash(reply, success(answer.data));
  else setFlash(reply, ctx.t.consoleEnterprises.flash.failed(answer.problem.detail ?? answer.problem.title), 'error');
  return redirectTo(reply, ctx.href(`${LIST_PATH}/${id}`));
}

function fileNameOf(headers: Record<string, unknown>): string {
  const disposition = String(headers['content-disposition'] ?? '');
  return disposition.match(/filename\*=UTF-8''([^;]+)/)?.[1] ?? 'giay-to';
}

/** The page's filters as the API's query (the page says `ward`, the API `wardCode`). */
function apiQueryOf(query: EnterpriseListQuery): Record<string, string | undefined> {
  const { status, type, ward, q, exportReady } = query.filters;
  return {
    status: STATUSES.includes(status as never) ? status : 'pending',
    type: TYPES.includes(type as never) ? type : undefined,
    wardCode: ward && /^\d{5}$/.test(ward) ? ward : undefined,
    q: q?.slice(0, 100),
    exportReady: exportReady === 'true' || exportReady === 'false' ? exportReady : undefined,
    sort: query.sort.key,
    dir: query.sort.dir,
  };
}

interface Typed {
  form: string;
  template: string;
  reason: string;
  method?: string;
  evidence?: string;
}

async function renderEnterprise(
  reply: FastifyReply,
  ctx: PageContext,
  id: string,
  errors: FieldErrors,
  status = 200,
  typed: Typed | null = null,
) {
  if (!UUID.test(id)) throw pageNotFound();
  const [enterprise, documents, audit, history, verifications] = await Promise.all([
    ctx.api.get<EnterpriseDto>(`/enterprises/${id}`),
    ctx.api.get<{ items: DocumentDto[] }>(`/enterprises/${id}/documents`),
    ctx.api.get<{ items: AuditEntry[] }>(`/admin/enterprises/${id}/audit`, { query: { limit: 100 } }),
    ctx.api.get<{ items: HistoryEntry[] }>(`/enterprises/${id}/history`),
    ctx.api.get<{ items: VerificationRecord[] }>(`/admin/enterprises/${id}/verifications`),
  ]);
  if (!enterprise.ok && enterprise.status === 404) throw pageNotFound();
  return sendPage(
    reply,
    <EnterprisePage
      ctx={ctx}
      enterprise={required(enterprise)}
      documents={documents.ok ? documents.data.items : []}
      audit={audit.ok ? audit.data.items : []}
      history={history.ok ? history.data.items : []}
      verifications={verifications.ok ? verifications.data.items : []}
      errors={errors}
      typed={typed}
    />,
    { status },
  );
}

function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.consoleEnterprises.statuses[status] ?? status}
    </span>
  );
}

function ListPage({
  ctx,
  query,
  page,
  wards,
}: {
  ctx: PageContext;
  query: EnterpriseListQuery;
  page: EnterprisePageDto;
  wards: AdminUnitDto[];
}) {
  const t = ctx.t.consoleEnterprises;
  const { filters } = query;
  const status = STATUSES.includes(filters.status as never) ? (filters.status as string) : 'pending';
  const columns: Column<EnterpriseDto>[] = [
    {
      key: 'name',
      label: t.list.name,
      sortable: true,
      cell: (row) => <a href={ctx.href(`${LIST_PATH}/${row.id}`)}>{row.name}</a>,
    },
    { key: 'taxCode', label: t.list.taxCode, cell: (row) => row.taxCode ?? ctx.t.consoleEnterprises.types[row.type] },
    { key: 'type', label: t.list.type, cell: (row) => t.types[row.type] ?? row.type },
    { key: 'ward', label: t.list.ward, cell: (row) => row.address.wardName },
    { key: 'status', label: t.list.status, cell: (row) => <StatusBadge ctx={ctx} status={row.status} /> },
    { key: 'exportReady', label: t.list.exportReady, cell: (row) => (row.isExportReady ? t.list.yes : '') },
    {
      key: 'submittedAt',
      label: t.list.submittedAt,
      sortable: true,
      numeric: true,
      cell: (row) => (row.submittedAt ? formatDateTimeVn(row.submittedAt) : ''),
    },
  ];
  const sortParams = { sort: query.params.sort, dir: query.params.dir };
  return (
    <ConsoleDocument ctx={ctx} active="enterprises" title={t.list.title}>
      <FilterBar ctx={ctx} basePath={LIST_PATH} exportHref={withQuery(EXPORT_PATH, query.params)} hidden={sortParams}>
        <SelectField
          name="status"
          label={t.list.status}
          value={status}
          options={STATUSES.map((value) => ({
            value,
            label: value === 'all' ? t.list.allStatuses : (t.statuses[value] ?? value),
          }))}
        />
        <SelectField
          name="type"
          label={t.list.type}
          value={filters.type}
          placeholder={t.list.anyType}
          options={TYPES.map((value) => ({ value, label: t.types[value] ?? value }))}
        />
        <SelectField
          name="ward"
          label={t.list.ward}
          value={filters.ward}
          placeholder={t.list.anyWard}
          options={wards.map((ward) => ({ value: ward.code, label: ward.name }))}
        />
        <TextField name="q" type="search" label={t.list.q} value={filters.q} maxLength={100} />
        <SelectField
          name="exportReady"
          label={t.list.exportReady}
          value={filters.exportReady}
          placeholder={t.list.any}
          options={[
            { value: 'true', label: t.list.yes },
            { value: 'false', label: t.list.no },
          ]}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.list.caption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ 'data-enterprise': row.id })}
        basePath={LIST_PATH}
        params={query.params}
        sort={query.sort}
        cursor={query.cursor}
        nextCursor={page.nextCursor}
        empty={
          status === 'pending' && !filters.q && !filters.type && !filters.ward && !filters.exportReady ? (
            <>
              <p>{t.list.emptyQueue}</p>
              <a class="button button-secondary" href={ctx.href(withQuery(LIST_PATH, { status: 'all' }))}>
                {t.list.showAll}
              </a>
            </>
          ) : (
            <p>{t.list.emptyTitle}</p>
          )
        }
      />
    </ConsoleDocument>
  );
}

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function EnterprisePage({
  ctx,
  enterprise: e,
  documents,
  audit,
  history,
  verifications,
  errors,
  typed,
}: {
  ctx: PageContext;
  enterprise: EnterpriseDto;
  documents: DocumentDto[];
  audit: AuditEntry[];
  history: HistoryEntry[];
  verifications: VerificationRecord[];
  errors: FieldErrors;
  typed: Typed | null;
}) {
  const t = ctx.t.consoleEnterprises.detail;
  const base = `${LIST_PATH}/${e.id}`;
  const none = t.none;
  const rejectOpen = typed?.form === 'reject';
  return (
    <ConsoleDocument
      ctx={ctx}
      active="enterprises"
      title={e.name}
      heading={
        <>
          {e.name} <StatusBadge ctx={ctx} status={e.status} />
        </>
      }
      actions={
        e.status === 'approved' ? (
          <a class="button button-secondary" href={ctx.href(`/doanh-nghiep/${e.slug}`)}>
            {t.storefront}
          </a>
        ) : undefined
      }
    >
      <p>
        <a href={ctx.href(LIST_PATH)}>{t.back}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ reason: t.reason }} />
      {e.statusReason ? (
        <p class="status-reason" data-status-reason>
          <strong>{t.statusReason}:</strong> {e.statusReason}
        </p>
      ) : null}
      <div class="verify-columns">
        <section aria-labelledby="registration" class="verify-data">
          <h2 id="registration">{t.registration}</h2>
          <dl class="facts">
            {e.citizenId ? (
              <>
                <dt>{t.citizenId}</dt>
                <dd data-citizen-id>{e.citizenId}</dd>
              </>
            ) : (
              <>
                <dt>{t.taxCode}</dt>
                <dd>{e.taxCode}</dd>
              </>
            )}
            <dt>{t.type}</dt>
            <dd>{ctx.t.consoleEnterprises.types[e.type] ?? e.type}</dd>
            <dt>{t.representative}</dt>
            <dd>{e.representative}</dd>
            <dt>{t.phone}</dt>
            <dd>{e.phone}</dd>
            <dt>{t.email}</dt>
            <dd>{e.email}</dd>
            <dt>{t.address}</dt>
            <dd>
              {e.address.street}, {e.address.wardName}, {e.address.provinceName}
            </dd>
            <dt>{t.businessReg}</dt>
            <dd>
              {e.businessRegNumber
                ? t.businessRegOf(
                    e.businessRegNumber,
                    e.businessRegDate ? formatDateVn(e.businessRegDate) : none,
                    e.businessRegPlace ?? none,
                  )
                : none}
            </dd>
            <dt>{t.licence}</dt>
            <dd>{e.licence ? t.licenceOf(e.licence.number, formatDateVn(e.licence.date), e.licence.issuer) : none}</dd>
            <dt>{t.sectors}</dt>
            <dd>{e.sectors.length > 0 ? e.sectors.join(', ') : none}</dd>
            <dt>{t.website}</dt>
            <dd>{e.website ?? none}</dd>
            <dt>{t.customDomain}</dt>
            <dd data-domain-verified={e.customDomainVerifiedAt ? 'true' : 'false'}>
              {e.customDomain
                ? `${e.customDomain} (${e.customDomainVerifiedAt ? t.domainVerified(formatDateVn(e.customDomainVerifiedAt)) : t.domainNotVerified})`
                : none}
            </dd>
            <dt>{t.submittedAt}</dt>
            <dd>{e.submittedAt ? formatDateTimeVn(e.submittedAt) : none}</dd>
            <dt>{t.verifiedAt}</dt>
            <dd>{e.verifiedAt ? formatDateTimeVn(e.verifiedAt) : none}</dd>
            <dt>{t.exportReady}</dt>
            <dd data-export-ready={String(e.isExportReady)}>
              {e.isExportReady ? ctx.t.consoleEnterprises.list.yes : ctx.t.consoleEnterprises.list.no}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="documents" class="verify-documents">
          <h2 id="documents">{t.documents}</h2>
          {documents.length === 0 ? <p>{t.noDocuments}</p> : null}
          {documents.map((doc) => {
            const href = ctx.href(`${base}/giay-to/${doc.id}`);
            const label = t.documentKinds[doc.kind] ?? doc.kind;
            return (
              <figure class="document" data-document={doc.id} data-content-type={doc.contentType}>
                <figcaption>
                  <strong>{label}</strong> · {doc.fileName}
                  <br />
                  <small>{t.uploadedAt(formatDateTimeVn(doc.uploadedAt), sizeOf(doc.sizeBytes))}</small>
                </figcaption>
                {doc.contentType.startsWith('image/') ? (
                  <a href={href} target="_blank" rel="noopener">
                    <img src={href} alt={`${label}: ${doc.fileName}`} loading="lazy" />
                  </a>
                ) : (
                  <iframe src={href} title={`${label}: ${doc.fileName}`} loading="lazy" />
                )}
                <p>
                  {doc.contentType.startsWith('image/') ? null : `${t.pdfFallback} `}
                  <a href={href} target="_blank" rel="noopener">
                    {t.openDocument(doc.fileName)}
                  </a>
                </p>
              </figure>
            );
          })}
        </section>
      </div>

      <section aria-labelledby="decide" class="verify-actions">
        <h2 id="decide">{t.actions}</h2>
        <div class="action-row">
          {e.status === 'pending' ? (
            <>
              <ConfirmAction
                ctx={ctx}
                action={`${base}/duyet`}
                label={t.approve}
                question={t.approveQuestion}
                danger={false}
                name="approve"
              >
                <VerificationFields ctx={ctx} typed={typed?.form === 'approve' ? typed : null} />
              </ConfirmAction>
              <details class="confirm-action danger" data-action="reject" open={rejectOpen}>
                <summary class="button button-danger">{t.reject}</summary>
                <form method="post" action={ctx.href(`${base}/tu-choi`)} class="confirm-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
                  <p>{t.rejectQuestion}</p>
                  <SelectField
                    name="template"
                    label={t.template}
                    placeholder={t.templatePlaceholder}
                    value={rejectOpen ? typed?.template : undefined}
                    options={t.templates.map((text, index) => ({ value: String(index), label: text }))}
                  />
                  <TextField
                    name="reason"
                    label={t.reason}
                    hint={t.reasonHint}
                    multiline
                    maxLength={800}
                    value={rejectOpen ? typed?.reason : undefined}
                    error={rejectOpen ? errors.reason : undefined}
                  />
                  <VerificationFields ctx={ctx} typed={rejectOpen ? typed : null} />
                  <button type="submit" class="button button-danger">
                    {t.reject}
                  </button>
                </form>
              </details>
            </>
          ) : null}
          {e.status === 'approved' ? (
            <ConfirmAction ctx={ctx} action={`${base}/tam-ngung`} label={t.suspend} question={t.suspendQuestion} name="suspend">
              <TextField
                name="reason"
                label={t.suspendReason}
                required
                multiline
                maxLength={1000}
                value={typed?.form === 'suspend' ? typed.reason : undefined}
                error={typed?.form === 'suspend' ? errors.reason : undefined}
              />
            </ConfirmAction>
          ) : null}
          {e.status === 'suspended' ? (
            <ConfirmAction
              ctx={ctx}
              action={`${base}/khoi-phuc`}
              label={t.reinstate}
              question={t.reinstateQuestion}
              danger={false}
              name="reinstate"
            >
              <TextField name="reason" label={t.reinstateReason} multiline maxLength={1000} />
            </ConfirmAction>
          ) : null}
          {e.customDomain && !e.customDomainVerifiedAt ? (
            <ConfirmAction
              ctx={ctx}
              action={`${base}/ten-mien`}
              label={t.verifyDomain}
              question={t.verifyDomainQuestion(e.customDomain)}
              danger={false}
              name="verify-domain"
            />
          ) : null}
          <form method="post" action={ctx.href(`${base}/xuat-khau`)} data-action="export-ready">
            <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
            <input type="hidden" name="exportReady" value={e.isExportReady ? 'false' : 'true'} />
            <button type="submit" class="button button-secondary">
              {e.isExportReady ? t.unsetExportReady : t.setExportReady}
            </button>
          </form>
        </div>
      </section>

      <section aria-labelledby="verifications" class="verify-records">
        <h2 id="verifications">{t.verifications}</h2>
        {verifications.length === 0 ? (
          <p>{t.noVerifications}</p>
        ) : (
          <ul class="plain-list">
            {verifications.map((record) => (
              <li data-verification={record.decision} data-method={record.method}>
                <strong>{t.verificationDecisions[record.decision] ?? record.decision}</strong> ·{' '}
                {formatDateTimeVn(record.decidedAt)} · {t.verificationMethods[record.method] ?? record.method} ·{' '}
                {whoOf(ctx, { actorRoles: record.officialRoles })} · {t.verificationDocuments(record.documents.length)}
                {record.evidence ? <p class="evidence">{record.evidence}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="audit" class="verify-audit">
        <h2 id="audit">{t.audit}</h2>
        {audit.length === 0 ? (
          <p>{t.noAudit}</p>
        ) : (
          <div class="table-scroll">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.auditWhen}</th>
                  <th scope="col">{t.auditWhat}</th>
                  <th scope="col">{t.auditWho}</th>
                  <th scope="col">{t.auditReason}</th>
                </tr>
              </thead>
              <tbody>
                {[...audit].reverse().map((entry) => (
                  <tr data-audit={entry.action}>
                    <td>{formatDateTimeVn(entry.at)}</td>
                    <td>{t.auditActions[entry.action] ?? entry.action}</td>
                    <td>{whoOf(ctx, entry)}</td>
                    <td>{entry.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="history" class="verify-history">
        <h2 id="history">{t.history}</h2>
        {history.length === 0 ? (
          <p>{t.noHistory}</p>
        ) : (
          <ol class="history-list" reversed>
            {[...history].reverse().map((entry) => {
              const previous = history.find((one) => one.version === entry.version - 1);
              const changed = previous ? changedKeys(previous.snapshot, entry.snapshot) : [];
              return (
                <li data-version={entry.version}>
                  <strong>{t.version(entry.version)}</strong> · {formatDateTimeVn(entry.changedAt)}
                  {previous ? (
                    changed.length > 0 ? (
                      <>
                        {' '}
                        · {t.changedFields}: <span class="changed-fields">{changed.join(', ')}</span>
                      </>
                    ) : null
                  ) : (
                    <> · {t.firstVersion}</>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </ConsoleDocument>
  );
}

/** How an approval or a rejection was verified: the method (the filed documents unless another is chosen) and what was checked. */
function VerificationFields({ ctx, typed }: { ctx: PageContext; typed: Typed | null }) {
  const t = ctx.t.consoleEnterprises.detail;
  return (
    <>
      <SelectField
        name="method"
        label={t.verificationMethod}
        value={typed?.method || 'documents'}
        options={Object.entries(t.verificationMethods).map(([value, label]) => ({ value, label }))}
      />
      <TextField name="evidence" label={t.evidence} hint={t.evidenceHint} multiline maxLength={2000} value={typed?.evidence} />
    </>
  );
}

function whoOf(ctx: PageContext, entry: Pick<AuditEntry, 'actorRoles'>): string {
  const t = ctx.t.consoleEnterprises.detail;
  const staffRole = entry.actorRoles.find((role) => role === 'admin' || role === 'moderator');
  if (staffRole) return t.staffRole(ctx.t.console.roles[staffRole] ?? staffRole);
  return t.member;
}

/** The fields of a profile snapshot that differ between two versions. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}
