import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import { formatDateTimeVn, formatDateVn, maskCitizenId } from '@tradeqn/vn';
import type { ComponentChildren } from 'preact';
import { type AdminUnit, HOME_PROVINCE_CODE, ImplicitSubmit, WARDS_REFRESH_FIELD } from '../../components/address-fields.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId, SelectField, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import { FlashMessage } from '../../layout/flash-message.tsx';
import type { Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_REGISTER, WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import type { EnterpriseFormValues } from './enterprise-form.ts';

/** A document the enterprise uploaded (`GET /enterprises/{id}/documents`). */
export interface EnterpriseDocument {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export const DOCUMENT_KINDS = ['business_licence', 'product_licence', 'food_safety', 'other'] as const;

/** This area's own script (the tax-code check as typed), on the pages with the enterprise form. */
export function WsEnterpriseScript({ ctx }: { ctx: PageContext }) {
  return <script type="module" src={ctx.site.assets['ws-enterprise.js']} nonce={ctx.nonce} />;
}

// ---------------------------------------------------------------- the picker

export function PickerPage({
  ctx,
  enterprises,
}: {
  ctx: PageContext;
  enterprises: { enterprise: EnterpriseDto; role: string }[];
}) {
  const t = ctx.t.wsEnterprise.picker;
  const statuses = ctx.t.workspace.enterpriseStatuses;
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: WORKSPACE_ROOT, noindex: true }}>
      <Breadcrumbs ctx={ctx} crumbs={[{ label: ctx.t.common.home, path: '/' }, { label: t.title }]} />
      <FlashMessage ctx={ctx} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {enterprises.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <ul class="plain-list ws-picker" aria-label={t.listLabel}>
          {enterprises.map(({ enterprise, role }) => (
            <li class="ws-picker-item" data-enterprise={enterprise.id}>
              <a class="ws-picker-name" href={ctx.href(workspacePath(enterprise.id))}>
                {enterprise.name}
              </a>
              <span class={`status status-${enterprise.status}`} data-status={enterprise.status}>
                {statuses[enterprise.status] ?? enterprise.status}
              </span>
              <span class="muted">
                {t.yourRole}: {ctx.t.workspace.roles[role] ?? role}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="button" href={ctx.href(WORKSPACE_REGISTER)} data-register>
          {t.register}
        </a>
      </p>
    </Document>
  );
}

// ---------------------------------------------------------------- the enterprise form

function FieldGroup({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="ws-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The labels the error summary names fields by. */
export function enterpriseLabels(ctx: PageContext): Record<string, string> {
  const f = ctx.t.wsEnterprise.form;
  return {
    name: f.name,
    type: f.type,
    taxCode: f.taxCode,
    representative: f.representative,
    businessRegNumber: f.businessRegNumber,
    businessRegDate: f.businessRegDate,
    businessRegPlace: f.businessRegPlace,
    phone: f.phone,
    email: f.email,
    website: f.website,
    'address.provinceCode': f.province,
    'address.wardCode': f.ward,
    'address.street': f.street,
    sectors: f.sectors,
    description: f.description,
  };
}

/**
 * Every field of an enterprise's registration, in the API's names (`address.wardCode` as its
 * errors name it). The tax code is checked as typed by ws-enterprise.js (`data-taxcode-check`);
 * the API's check is the one that counts.
 */
export function EnterpriseFields({
  ctx,
  values,
  errors,
  provinces,
  wards,
}: {
  ctx: PageContext;
  values: EnterpriseFormValues;
  errors: FieldErrors;
  provinces: AdminUnit[];
  wards: AdminUnit[];
}) {
  const f = ctx.t.wsEnterprise.form;
  const types = ctx.t.wsEnterprise.types;
  const provinceCode = values.provinceCode || HOME_PROVINCE_CODE;
  const ordered = [
    ...provinces.filter((province) => province.code === HOME_PROVINCE_CODE),
    ...provinces.filter((province) => province.code !== HOME_PROVINCE_CODE),
  ];
  const fieldErrors = ctx.t.wsEnterprise.fieldErrors;
  return (
    <>
      <FieldGroup legend={f.identity}>
        <TextField
          name="name"
          label={f.name}
          hint={f.nameHint}
          value={values.name}
          error={errors.name}
          required
          maxLength={200}
        />
        <SelectField
          name="type"
          label={f.type}
          value={values.type}
          error={errors.type}
          placeholder={f.chooseType}
          options={Object.entries(types).map(([value, label]) => ({ value, label }))}
          required
        />
        <div
          class="taxcode-check"
          data-taxcode-check
          data-invalid={fieldErrors.taxCode}
          data-valid={f.taxCodeOk}
          data-target={fieldId('taxCode')}
        >
          <TextField
            name="taxCode"
            label={f.taxCode}
            hint={f.taxCodeHint}
            value={values.taxCode}
            error={errors.taxCode}
            inputMode="numeric"
            maxLength={20}
          />
          <p class="taxcode-live" aria-live="polite" data-taxcode-live />
        </div>
        <TextField
          name="citizenId"
          label={f.citizenId}
          hint={f.citizenIdHint}
          value={values.citizenId}
          error={errors.citizenId}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
        />
        <TextField
          name="representative"
          label={f.representative}
          value={values.representative}
          error={errors.representative}
          autoComplete="name"
          required
          maxLength={120}
        />
        <TextField
          name="businessRegNumber"
          label={f.businessRegNumber}
          value={values.businessRegNumber}
          error={errors.businessRegNumber}
          maxLength={40}
        />
        <TextField
          name="businessRegDate"
          label={f.businessRegDate}
          type="date"
          value={values.businessRegDate}
          error={errors.businessRegDate}
        />
        <TextField
          name="businessRegPlace"
          label={f.businessRegPlace}
          value={values.businessRegPlace}
          error={errors.businessRegPlace}
          maxLength={200}
        />
      </FieldGroup>
      <FieldGroup legend={f.addressLegend}>
        <div class="ward-picker">
          <SelectField
            name="address.provinceCode"
            label={f.province}
            value={provinceCode}
            error={errors['address.provinceCode']}
            options={ordered.map((province) => ({ value: province.code, label: province.name }))}
            required
            wardsTarget={fieldId('address.wardCode')}
          />
          <button type="submit" class="button-secondary" name={WARDS_REFRESH_FIELD} value="1" formNoValidate data-wards-refresh>
            {f.refreshWards}
          </button>
          <SelectField
            name="address.wardCode"
            label={f.ward}
            value={values.wardCode}
            error={errors['address.wardCode']}
            placeholder={f.chooseWard}
            options={wards.map((ward) => ({ value: ward.code, label: ward.name }))}
            required
          />
        </div>
        <TextField
          name="address.street"
          label={f.street}
          value={values.street}
          error={errors['address.street']}
          autoComplete="street-address"
          required
          maxLength={200}
        />
      </FieldGroup>
      <FieldGroup legend={f.contacts}>
        <TextField
          name="phone"
          label={f.phone}
          hint={f.phoneHint}
          type="tel"
          inputMode="tel"
          value={values.phone}
          error={errors.phone}
          autoComplete="tel"
          required
          maxLength={20}
        />
        <TextField
          name="email"
          label={f.email}
          type="email"
          value={values.email}
          error={errors.email}
          autoComplete="email"
          required
          maxLength={254}
        />
        <TextField name="website" label={f.website} type="url" value={values.website} error={errors.website} maxLength={200} />
      </FieldGroup>
      <FieldGroup legend={f.business}>
        <TextField
          name="sectors"
          label={f.sectors}
          hint={f.sectorsHint}
          value={values.sectors}
          error={errors.sectors}
          maxLength={700}
        />
        <TextField
          name="description"
          label={f.description}
          hint={f.descriptionHint}
          value={values.description}
          error={errors.description}
          multiline
          maxLength={500}
        />
      </FieldGroup>
    </>
  );
}

// ---------------------------------------------------------------- registration

export function RegisterPage({
  ctx,
  values,
  errors,
  provinces,
  wards,
}: {
  ctx: PageContext;
  values: EnterpriseFormValues;
  errors: FieldErrors;
  provinces: AdminUnit[];
  wards: AdminUnit[];
}) {
  const t = ctx.t.wsEnterprise.register;
  const f = ctx.t.wsEnterprise.form;
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: WORKSPACE_REGISTER, noindex: true }}>
      <Breadcrumbs
        ctx={ctx}
        crumbs={[
          { label: ctx.t.common.home, path: '/' },
          { label: ctx.t.wsEnterprise.picker.title, path: WORKSPACE_ROOT },
          { label: t.title },
        ]}
      />
      <h1>{t.title}</h1>
      <p class="ws-lead">{t.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={enterpriseLabels(ctx)} />
      <form method="post" action={ctx.href(WORKSPACE_REGISTER)} class="ws-form" noValidate data-enterprise-form>
        <ImplicitSubmit label={f.submitRegister} />
        <CsrfField ctx={ctx} />
        <EnterpriseFields ctx={ctx} values={values} errors={errors} provinces={provinces} wards={wards} />
        <button type="submit" class="button">
          {f.submitRegister}
        </button>
      </form>
      <WsEnterpriseScript ctx={ctx} />
    </Document>
  );
}

// ---------------------------------------------------------------- overview

export function OverviewPage({
  ctx,
  workspace,
  documents,
  productCounts,
}: {
  ctx: PageContext;
  workspace: Workspace;
  documents: EnterpriseDocument[] | null;
  productCounts: Record<string, number> | null;
}) {
  const t = ctx.t.wsEnterprise.overview;
  const { enterprise } = workspace;
  const isOwner = workspace.role === 'owner';
  const documentCount = documents?.length ?? 0;
  const profile = workspacePath(enterprise.id, 'profile');
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="overview" title={t.title} heading={enterprise.name}>
      <section class={`ws-verification ws-verification-${enterprise.status}`} data-verification={enterprise.status}>
        <h2>{t.verification}</h2>
        {enterprise.status === 'pending' ? (
          <>
            <p>
              <strong>{t.pending}</strong>
            </p>
            <p data-documents={documentCount}>
              {documentCount === 0 ? t.pendingNoDocuments : t.pendingWithDocuments(documentCount)}
            </p>
            {enterprise.submittedAt ? (
              <p class="muted">
                {t.submittedAt}: {formatDateTimeVn(enterprise.submittedAt)}
              </p>
            ) : null}
          </>
        ) : null}
        {enterprise.status === 'approved' ? (
          <p>
            <strong>{t.approved(formatDateVn(enterprise.verifiedAt ?? enterprise.createdAt))}</strong>
          </p>
        ) : null}
        {enterprise.status === 'rejected' ? (
          <p>
            <strong>{t.rejected}</strong>
          </p>
        ) : null}
        {enterprise.status === 'suspended' ? (
          <p>
            <strong>{t.suspended}</strong>
          </p>
        ) : null}
        {(enterprise.status === 'rejected' || enterprise.status === 'suspended') && enterprise.statusReason ? (
          <blockquote class="ws-reason" data-reason>
            <span class="label">{t.reason}:</span> {enterprise.statusReason}
          </blockquote>
        ) : null}
        {enterprise.status === 'rejected' && isOwner ? (
          <form method="post" action={ctx.href(`${workspacePath(enterprise.id)}/gui-lai`)} class="inline-form" data-resubmit-form>
            <CsrfField ctx={ctx} />
            <p class="muted">{t.resubmitHint}</p>
            <button type="submit" class="button">
              {t.resubmit}
            </button>
          </form>
        ) : null}
        <h3>{t.nextSteps}</h3>
        <ul class="ws-next">
          {enterprise.status === 'pending' ? (
            <li>
              <a href={ctx.href(`${profile}#documents`)}>{t.uploadDocuments}</a>
            </li>
          ) : null}
          {enterprise.status === 'rejected' && isOwner ? (
            <li>
              <a href={ctx.href(profile)} data-resubmit-link>
                {t.fixAndResubmit}
              </a>
            </li>
          ) : null}
          {enterprise.status === 'rejected' ? (
            <li>
              <a href={ctx.href(`${profile}#documents`)}>{t.uploadDocuments}</a>
            </li>
          ) : null}
          {enterprise.status === 'approved' ? (
            <li>
              <a href={ctx.href(workspacePath(enterprise.id, 'newProduct'))}>{t.addProduct}</a>
            </li>
          ) : null}
          <li>
            <a href={ctx.href(workspacePath(enterprise.id, 'storefront'))}>{t.setUpStorefront}</a>
          </li>
        </ul>
      </section>
      {productCounts ? (
        <section class="ws-counts" aria-labelledby="ws-products">
          <h2 id="ws-products">{t.products}</h2>
          {Object.keys(productCounts).length === 0 ? (
            <p class="muted">{t.noProducts}</p>
          ) : (
            <ul class="plain-list ws-count-list">
              {Object.entries(productCounts).map(([status, count]) => (
                <li data-product-status={status}>
                  <a href={ctx.href(`${workspacePath(enterprise.id, 'products')}?status=${status}`)}>
                    <span class="ws-count">{count.toLocaleString(ctx.locale === 'vi' ? 'vi-VN' : 'en-GB')}</span>{' '}
                    {t.productStatuses[status] ?? status}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </WorkspaceDocument>
  );
}

// ---------------------------------------------------------------- profile and documents

export function ProfilePage({
  ctx,
  workspace,
  values,
  errors,
  provinces,
  wards,
  documents,
  uploadErrors,
  uploadKind,
}: {
  ctx: PageContext;
  workspace: Workspace;
  values: EnterpriseFormValues;
  errors: FieldErrors;
  provinces: AdminUnit[];
  wards: AdminUnit[];
  documents: EnterpriseDocument[];
  uploadErrors: FieldErrors;
  uploadKind?: string;
}) {
  const t = ctx.t.wsEnterprise.profile;
  const f = ctx.t.wsEnterprise.form;
  const { enterprise } = workspace;
  const isOwner = workspace.role === 'owner';
  const rejected = enterprise.status === 'rejected';
  const base = workspacePath(enterprise.id, 'profile');
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="profile" title={t.title}>
      {rejected && enterprise.statusReason ? (
        <div class="notice notice-warning" data-reason>
          <p>{t.rejectedNote}</p>
          <p>
            <span class="label">{ctx.t.wsEnterprise.overview.reason}:</span> {enterprise.statusReason}
          </p>
        </div>
      ) : null}
      <section aria-labelledby="ws-documents" id="documents" class="ws-section">
        <h2 id="ws-documents">{t.documents}</h2>
        <p class="muted">{t.documentsIntro}</p>
        {documents.length === 0 ? (
          <p class="empty" data-no-documents>
            {t.noDocuments}
          </p>
        ) : (
          <div class="table-scroll">
            <table class="data-table" data-documents>
              <thead>
                <tr>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.fileName}</th>
                  <th scope="col" class="numeric">
                    {t.size}
                  </th>
                  <th scope="col">{t.uploadedAt}</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((document) => (
                  <tr data-document={document.id}>
                    <td>{t.kinds[document.kind] ?? document.kind}</td>
                    <td>
                      <a href={ctx.href(`${base}/giay-to/${document.id}`)} download={document.fileName}>
                        {document.fileName}
                      </a>
                    </td>
                    <td class="numeric">{fileSize(document.sizeBytes)}</td>
                    <td>{formatDateTimeVn(document.uploadedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ErrorSummary ctx={ctx} errors={uploadErrors} labels={{ file: t.file, kind: t.kind }} />
        <form
          method="post"
          action={ctx.href(`${base}/giay-to`)}
          enctype="multipart/form-data"
          class="ws-form ws-upload"
          data-upload-document
        >
          <CsrfField ctx={ctx} />
          <SelectField
            name="kind"
            label={t.kind}
            value={uploadKind ?? 'business_licence'}
            error={uploadErrors.kind}
            options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] ?? kind }))}
          />
          <FileField name="file" label={t.file} accept="application/pdf,image/jpeg,image/png" error={uploadErrors.file} />
          <button type="submit" class="button">
            {t.upload}
          </button>
        </form>
      </section>
      <section aria-labelledby="ws-profile" class="ws-section">
        <h2 id="ws-profile">{t.profileHeading}</h2>
        {isOwner ? (
          <>
            <p class="muted">{t.identityNote}</p>
            <ErrorSummary ctx={ctx} errors={errors} labels={enterpriseLabels(ctx)} />
            <form method="post" action={ctx.href(base)} class="ws-form" noValidate data-enterprise-form>
              <ImplicitSubmit label={f.save} />
              <CsrfField ctx={ctx} />
              <EnterpriseFields ctx={ctx} values={values} errors={errors} provinces={provinces} wards={wards} />
              <button type="submit" class="button" data-save-profile>
                {rejected ? f.saveAndResubmit : f.save}
              </button>
            </form>
            <WsEnterpriseScript ctx={ctx} />
          </>
        ) : (
          <>
            <p class="muted">{t.ownerOnly}</p>
            <ProfileSummary ctx={ctx} enterprise={enterprise} />
          </>
        )}
      </section>
    </WorkspaceDocument>
  );
}

function ProfileSummary({ ctx, enterprise }: { ctx: PageContext; enterprise: EnterpriseDto }) {
  const f = ctx.t.wsEnterprise.form;
  const rows: [string, string][] = [
    [f.name, enterprise.name],
    [f.type, ctx.t.wsEnterprise.types[enterprise.type] ?? enterprise.type],
    enterprise.citizenId ? [f.citizenId, maskCitizenId(enterprise.citizenId)] : [f.taxCode, enterprise.taxCode ?? ''],
    [f.representative, enterprise.representative],
    [f.phone, enterprise.phone],
    [f.email, enterprise.email],
    [f.street, `${enterprise.address.street}, ${enterprise.address.wardName}, ${enterprise.address.provinceName}`],
  ];
  return (
    <dl class="ws-summary">
      {rows.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file input with its label, hint and error, in the form components' manner. */
export function FileField({
  name,
  label,
  hint,
  accept,
  error,
}: {
  name: string;
  label: string;
  hint?: string;
  accept: string;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type="file"
        id={id}
        name={name}
        accept={accept}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
      />
    </div>
  );
}
