import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import type { App } from '@tradeqn/kit';
import { internalCallHeaders } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { isWardsRefresh, loadAddressUnits } from '../../components/address-fields.tsx';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import { type ApiProblem, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { loadWorkspace, membershipsOf, type Workspace } from '../workspace/workspace-access.ts';
import { WORKSPACE_REGISTER, WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import {
  amountOf,
  EMPTY_ENTERPRISE_FORM,
  type EnterpriseFormValues,
  enterpriseBody,
  enterpriseErrors,
  enterpriseFormOf,
  readEnterpriseForm,
} from './enterprise-form.ts';
import {
  DOCUMENT_KINDS,
  type EnterpriseDocument,
  OverviewPage,
  PickerPage,
  ProfilePage,
  RegisterPage,
} from './ws-enterprise-pages.tsx';
import { type Invitation, type Member, MembersPage } from './ws-members-page.tsx';
import {
  type Bank,
  type StorefrontForms,
  StorefrontPage,
  type StorefrontRefusal,
  storefrontFormsOf,
} from './ws-storefront-page.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const hide = { schema: { hide: true } };

type Id = { Params: { id: string } };
type Form = Record<string, unknown>;

/**
 * The enterprise's own part of the workspace: choosing an enterprise, registering one, its
 * overview and verification, profile and documents, storefront settings and members. Every
 * page under `/kenh-nguoi-ban/{id}` is a 404 to anyone not a member of that enterprise
 * (`loadWorkspace`), and every change is the API's to allow or refuse, as the viewer.
 */
export async function wsEnterprisePages(app: App): Promise<void> {
  // ------------------------------------------------------------ choose an enterprise
  app.get(WORKSPACE_ROOT, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const memberships = await membershipsOf(ctx);
    // one round of parallel reads; an enterprise that cannot be read (gone meanwhile) is left out
    const enterprises = (
      await Promise.all(
        memberships.map(async (membership) => {
          const answer = await ctx.api.get<EnterpriseDto>(`/enterprises/${membership.id}`);
          return answer.ok ? { enterprise: answer.data, role: membership.role } : null;
        }),
      )
    ).filter((one) => one !== null);
    return sendPage(reply, <PickerPage ctx={ctx} enterprises={enterprises} />);
  });

  // ------------------------------------------------------------ register
  app.get(WORKSPACE_REGISTER, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return renderRegister(reply, ctx, EMPTY_ENTERPRISE_FORM, {});
  });

  app.post(WORKSPACE_REGISTER, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const body = (request.body ?? {}) as Form;
    const values = readEnterpriseForm(body);
    if (isWardsRefresh(body)) return renderRegister(reply, ctx, values, {});
    const created = await ctx.api.post<EnterpriseDto>('/enterprises', { body: enterpriseBody(values, 'register') });
    if (created.ok) {
      setFlash(reply, ctx.t.wsEnterprise.register.done);
      return redirectTo(reply, ctx.href(`${workspacePath(created.data.id, 'profile')}#documents`));
    }
    if (created.status === 401) return redirectToSignIn(reply);
    return renderRegister(reply, ctx, values, enterpriseErrors(ctx, created.problem), formStatus(created.problem));
  });

  // ------------------------------------------------------------ overview
  app.get<Id>(`${WORKSPACE_ROOT}/:id`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const id = workspace.enterprise.id;
    const [documents, productCounts] = await Promise.all([
      ctx.api.get<{ items: EnterpriseDocument[] }>(`/enterprises/${id}/documents`),
      countProducts(ctx, id),
    ]);
    const page = (
      <OverviewPage
        ctx={ctx}
        workspace={workspace}
        documents={documents.ok ? documents.data.items : null}
        productCounts={productCounts}
      />
    );
    return sendPage(reply, page);
  });

  // a rejected enterprise sent back to verification as it is (after a new document, say)
  app.post<Id>(`${WORKSPACE_ROOT}/:id/gui-lai`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const id = workspace.enterprise.id;
    const sent = await ctx.api.post<EnterpriseDto>(`/enterprises/${id}/resubmit`);
    if (sent.status === 401) return redirectToSignIn(reply);
    flashOutcome(reply, sent.ok ? null : sent.problem, ctx.t.wsEnterprise.overview.resubmitted);
    return redirectTo(reply, ctx.href(workspacePath(id)));
  });

  // ------------------------------------------------------------ profile and documents
  app.get<Id>(`${WORKSPACE_ROOT}/:id/ho-so`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    return renderProfile(reply, ctx, workspace, {});
  });

  app.post<Id>(`${WORKSPACE_ROOT}/:id/ho-so`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const body = (request.body ?? {}) as Form;
    const values = readEnterpriseForm(body);
    if (isWardsRefresh(body)) return renderProfile(reply, ctx, workspace, { values });
    const id = workspace.enterprise.id;
    const changed = await ctx.api.patch<EnterpriseDto>(`/enterprises/${id}`, { body: enterpriseBody(values, 'update') });
    if (changed.ok) {
      const t = ctx.t.wsEnterprise.profile;
      const before = workspace.enterprise.status;
      const after = changed.data.status;
      if (before !== 'pending' && after === 'pending') setFlash(reply, t.resubmitted);
      else if (after === 'rejected') setFlash(reply, t.savedStillRejected, 'info');
      else setFlash(reply, t.saved);
      return redirectTo(reply, ctx.href(workspacePath(id, 'profile')));
    }
    if (changed.status === 401) return redirectToSignIn(reply);
    return renderProfile(reply, ctx, workspace, {
      values,
      errors: enterpriseErrors(ctx, changed.problem),
      status: formStatus(changed.problem),
    });
  });

  app.post<Id>(
    `${WORKSPACE_ROOT}/:id/ho-so/giay-to`,
    { ...hide, preValidation: multipartForm({ maxFiles: 1 }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const body = (request.body ?? { _files: [] }) as MultipartBody;
      const kindTyped = typeof body.kind === 'string' ? body.kind : '';
      const kind = (DOCUMENT_KINDS as readonly string[]).includes(kindTyped) ? kindTyped : 'business_licence';
      const file = body._files?.find((one) => one.field === 'file');
      const uploadRefusal = uploadProblem(ctx, body._uploadError, file === undefined);
      if (uploadRefusal || !file) {
        return renderProfile(reply, ctx, workspace, { uploadErrors: uploadRefusal ?? {}, uploadKind: kind, status: 422 });
      }
      const id = workspace.enterprise.id;
      const uploaded = await ctx.api.upload<EnterpriseDocument>('POST', `/enterprises/${id}/documents?kind=${kind}`, file);
      if (uploaded.ok) {
        setFlash(reply, ctx.t.wsEnterprise.profile.uploaded(uploaded.data.fileName));
        return redirectTo(reply, ctx.href(`${workspacePath(id, 'profile')}#documents`));
      }
      if (uploaded.status === 401) return redirectToSignIn(reply);
      return renderProfile(reply, ctx, workspace, {
        uploadErrors: { file: uploaded.problem.detail ?? uploaded.problem.title },
        uploadKind: kind,
        status: formStatus(uploaded.problem),
      });
    },
  );

  // a document's file, passed on from the API as the member (the browser holds no API token)
  app.get<{ Params: { id: string; documentId: string } }>(
    `${WORKSPACE_ROOT}/:id/ho-so/giay-to/:documentId`,
    hide,
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      if (!UUID.test(request.params.documentId)) throw pageNotFound();
      const file = await app.inject({
        method: 'GET',
        url: `/api/v1/enterprises/${workspace.enterprise.id}/documents/${request.params.documentId}/file`,
        headers: { ...internalCallHeaders(), authorization: `Bearer ${ctx.viewer.accessToken}`, 'accept-language': ctx.locale },
        remoteAddress: request.ip,
      });
      if (file.statusCode !== 200) throw pageNotFound();
      return reply
        .type(String(file.headers['content-type'] ?? 'application/octet-stream'))
        .header('content-disposition', String(file.headers['content-disposition'] ?? 'attachment'))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.rawPayload);
    },
  );

  // ------------------------------------------------------------ storefront
  app.get<Id>(`${WORKSPACE_ROOT}/:id/gian-hang`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    return renderStorefront(reply, ctx, workspace, null);
  });

  app.post<{ Params: { id: string; slot: string } }>(
    `${WORKSPACE_ROOT}/:id/gian-hang/anh/:slot`,
    { ...hide, preValidation: multipartForm({ maxFiles: 1 }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const slot = request.params.slot;
      if (slot !== 'logo' && slot !== 'cover') throw pageNotFound();
      const body = (request.body ?? { _files: [] }) as MultipartBody;
      const file = body._files?.find((one) => one.field === slot);
      const refusal = uploadProblem(ctx, body._uploadError, file === undefined);
      if (refusal || !file) {
        return renderStorefront(reply, ctx, workspace, { section: 'images', errors: { [slot]: refusal?.file ?? '' } }, 422);
      }
      const id = workspace.enterprise.id;
      const saved = await ctx.api.upload<EnterpriseDto>('PUT', `/enterprises/${id}/${slot}`, file);
      if (saved.ok) {
        const t = ctx.t.wsEnterprise.storefront;
        setFlash(reply, slot === 'logo' ? t.logoSaved : t.coverSaved);
        return redirectTo(reply, ctx.href(`${workspacePath(id, 'storefront')}#images`));
      }
      if (saved.status === 401) return redirectToSignIn(reply);
      const errors = { [slot]: saved.problem.detail ?? saved.problem.title };
      return renderStorefront(reply, ctx, workspace, { section: 'images', errors }, formStatus(saved.problem));
    },
  );

  app.post<Id>(`${WORKSPACE_ROOT}/:id/gian-hang/gioi-thieu`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const about = {
      introduction: formText(request.body, 'introduction'),
      phone: formText(request.body, 'phone'),
      email: formText(request.body, 'email'),
      website: formText(request.body, 'website'),
      customDomain: formText(request.body, 'customDomain'),
    };
    const id = workspace.enterprise.id;
    const saved = await ctx.api.patch<EnterpriseDto>(`/enterprises/${id}`, { body: about });
    if (saved.ok) {
      setFlash(reply, ctx.t.wsEnterprise.storefront.aboutSaved);
      return redirectTo(reply, ctx.href(`${workspacePath(id, 'storefront')}#about`));
    }
    if (saved.status === 401) return redirectToSignIn(reply);
    return renderStorefront(
      reply,
      ctx,
      workspace,
      { section: 'about', errors: localized(ctx, saved.problem) },
      formStatus(saved.problem),
      { about },
    );
  });

  app.post<Id>(`${WORKSPACE_ROOT}/:id/gian-hang/ngan-hang`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const bank = {
      bankBin: formText(request.body, 'bankBin'),
      accountNo: formText(request.body, 'accountNo'),
      accountHolder: formText(request.body, 'accountHolder'),
    };
    const id = workspace.enterprise.id;
    const saved = await ctx.api.put<EnterpriseDto>(`/enterprises/${id}/bank-account`, { body: bank });
    if (saved.ok) {
      setFlash(reply, ctx.t.wsEnterprise.storefront.bankSaved);
      return redirectTo(reply, ctx.href(`${workspacePath(id, 'storefront')}#bank`));
    }
    if (saved.status === 401) return redirectToSignIn(reply);
    return renderStorefront(
      reply,
      ctx,
      workspace,
      { section: 'bank', errors: localized(ctx, saved.problem) },
      formStatus(saved.problem),
      { bank },
    );
  });

  app.post<Id>(`${WORKSPACE_ROOT}/:id/gian-hang/giao-hang`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const shipping = { flatFee: formText(request.body, 'flatFee'), freeFrom: formText(request.body, 'freeFrom') };
    const id = workspace.enterprise.id;
    // the typed amounts go as numbers when they are ones; anything else is sent as typed for the API to refuse
    const flatFee = amountOf(shipping.flatFee);
    const saved = await ctx.api.put(`/enterprises/${id}/shipping-rule`, {
      body: { flatFee: flatFee ?? '', freeFrom: amountOf(shipping.freeFrom) },
    });
    if (saved.ok) {
      setFlash(reply, ctx.t.wsEnterprise.storefront.shippingSaved);
      return redirectTo(reply, ctx.href(`${workspacePath(id, 'storefront')}#shipping`));
    }
    if (saved.status === 401) return redirectToSignIn(reply);
    return renderStorefront(
      reply,
      ctx,
      workspace,
      { section: 'shipping', errors: localized(ctx, saved.problem) },
      formStatus(saved.problem),
      { shipping },
    );
  });

  // ------------------------------------------------------------ members
  app.get<Id>(`${WORKSPACE_ROOT}/:id/thanh-vien`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    return renderMembers(reply, ctx, workspace, { email: '', role: 'staff', errors: {} });
  });

  app.post<Id>(`${WORKSPACE_ROOT}/:id/thanh-vien/moi`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const invite = { email: formText(request.body, 'email'), role: formText(request.body, 'role') || 'staff' };
    const id = workspace.enterprise.id;
    const sent = await ctx.api.post<Invitation>(`/enterprises/${id}/invitations`, { body: invite });
    if (sent.ok) {
      setFlash(reply, ctx.t.wsEnterprise.members.invited(sent.data.email));
      return redirectTo(reply, ctx.href(workspacePath(id, 'members')));
    }
    if (sent.status === 401) return redirectToSignIn(reply);
    const errors = fieldErrorsOf(sent.problem);
    if (errors.email && sent.problem.errors?.length) errors.email = ctx.t.wsEnterprise.fieldErrors.inviteEmail ?? errors.email;
    return renderMembers(reply, ctx, workspace, { ...invite, errors }, formStatus(sent.problem));
  });

  app.post<{ Params: { id: string; userId: string } }>(
    `${WORKSPACE_ROOT}/:id/thanh-vien/:userId/vai-tro`,
    hide,
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const member = await memberOf(ctx, workspace, request.params.userId);
      const id = workspace.enterprise.id;
      const changed = await ctx.api.patch<Member>(`/enterprises/${id}/members/${member.userId}`, {
        body: { role: formText(request.body, 'role') },
      });
      if (changed.status === 401) return redirectToSignIn(reply);
      flashOutcome(reply, changed.ok ? null : changed.problem, ctx.t.wsEnterprise.members.roleChanged(member.fullName));
      return redirectTo(reply, ctx.href(workspacePath(id, 'members')));
    },
  );

  app.post<{ Params: { id: string; userId: string } }>(
    `${WORKSPACE_ROOT}/:id/thanh-vien/:userId/xoa`,
    hide,
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const member = await memberOf(ctx, workspace, request.params.userId);
      const id = workspace.enterprise.id;
      const removed = await ctx.api.delete(`/enterprises/${id}/members/${member.userId}`);
      if (removed.status === 401) return redirectToSignIn(reply);
      const t = ctx.t.wsEnterprise.members;
      const isSelf = member.userId === ctx.viewer.userId;
      flashOutcome(reply, removed.ok ? null : removed.problem, isSelf ? t.left : t.removed(member.fullName));
      // who left their enterprise has no workspace there any more
      return redirectTo(reply, ctx.href(removed.ok && isSelf ? WORKSPACE_ROOT : workspacePath(id, 'members')));
    },
  );

  app.post<{ Params: { id: string; invitationId: string } }>(
    `${WORKSPACE_ROOT}/:id/thanh-vien/loi-moi/:invitationId/huy`,
    hide,
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      if (!UUID.test(request.params.invitationId)) throw pageNotFound();
      const id = workspace.enterprise.id;
      const revoked = await ctx.api.delete(`/enterprises/${id}/invitations/${request.params.invitationId}`);
      if (revoked.status === 401) return redirectToSignIn(reply);
      if (revoked.status === 404) throw pageNotFound();
      flashOutcome(
        reply,
        revoked.ok ? null : revoked.problem,
        ctx.t.wsEnterprise.members.revoked(formText(request.body, 'email')),
      );
      return redirectTo(reply, ctx.href(workspacePath(id, 'members')));
    },
  );
}

// ---------------------------------------------------------------- helpers of this area

type ProductList = { items: { status: string }[]; counts?: Record<string, number> };

/**
 * The enterprise's products counted by status. One product of the paged list is enough, since
 * that answer carries the counts; a catalog without paging (a 400 for `limit`) is counted from
 * its whole list. Null when the list cannot be read (the page then leaves the counts out).
 */
async function countProducts(ctx: PageContext, enterpriseId: string): Promise<Record<string, number> | null> {
  const path = `/enterprises/${enterpriseId}/products`;
  let answer = await ctx.api.get<ProductList>(path, { query: { limit: 1 } });
  if (!answer.ok && answer.status === 400) answer = await ctx.api.get<ProductList>(path);
  if (!answer.ok) return null;
  if (answer.data.counts) return answer.data.counts;
  const counts: Record<string, number> = {};
  for (const item of answer.data.items) counts[item.status] = (counts[item.status] ?? 0) + 1;
  return counts;
}

/** A field problem in this page's words where it has them (the API explains fields in English). */
function localized(ctx: PageContext, problem: ApiProblem): FieldErrors {
  const words = ctx.t.wsEnterprise.fieldErrors;
  const errors = fieldErrorsOf(problem);
  for (const field of Object.keys(errors)) {
    if (field !== '_form' && words[field]) errors[field] = words[field];
  }
  return errors;
}

/** What is wrong with a posted file before it goes to the API: too large, too many, or none chosen. */
function uploadProblem(ctx: PageContext, error: MultipartBody['_uploadError'], missing: boolean): { file: string } | null {
  if (error === 'tooLarge') return { file: ctx.t.common.upload.tooLarge };
  if (error === 'tooMany') return { file: ctx.t.common.upload.tooMany };
  if (missing) return { file: ctx.t.wsEnterprise.fieldErrors.file ?? '' };
  return null;
}

/** The outcome of an action on the next page: its success, or the API's refusal in its own words. */
function flashOutcome(reply: FastifyReply, problem: ApiProblem | null, success: string): void {
  if (problem) setFlash(reply, problem.detail ?? problem.title, 'error');
  else setFlash(reply, success);
}

/** A member of this enterprise by id; anyone else is the 404 page. */
async function memberOf(ctx: PageContext, workspace: Workspace, userId: string): Promise<Member> {
  if (!UUID.test(userId)) throw pageNotFound();
  const { items } = required(await ctx.api.get<{ items: Member[] }>(`/enterprises/${workspace.enterprise.id}/members`));
  const member = items.find((one) => one.userId === userId);
  if (!member) throw pageNotFound();
  return member;
}

async function renderRegister(
  reply: FastifyReply,
  ctx: PageContext,
  values: EnterpriseFormValues,
  errors: FieldErrors,
  status = 200,
) {
  const { provinces, wards } = await loadAddressUnits(ctx, values.provinceCode);
  return sendPage(reply, <RegisterPage ctx={ctx} values={values} errors={errors} provinces={provinces} wards={wards} />, {
    status,
  });
}

async function renderProfile(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  form: {
    values?: EnterpriseFormValues;
    errors?: FieldErrors;
    uploadErrors?: FieldErrors;
    uploadKind?: string;
    status?: number;
  },
) {
  const values = form.values ?? enterpriseFormOf(workspace.enterprise);
  const [{ provinces, wards }, documents] = await Promise.all([
    loadAddressUnits(ctx, values.provinceCode),
    ctx.api.get<{ items: EnterpriseDocument[] }>(`/enterprises/${workspace.enterprise.id}/documents`),
  ]);
  const page = (
    <ProfilePage
      ctx={ctx}
      workspace={workspace}
      values={values}
      errors={form.errors ?? {}}
      provinces={provinces}
      wards={wards}
      documents={required(documents).items}
      uploadErrors={form.uploadErrors ?? {}}
      {...(form.uploadKind ? { uploadKind: form.uploadKind } : {})}
    />
  );
  return sendPage(reply, page, { status: form.status ?? 200 });
}

async function renderStorefront(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  refusal: StorefrontRefusal | null,
  status = 200,
  typed: Partial<StorefrontForms> = {},
) {
  const id = workspace.enterprise.id;
  const [banks, rule] = await Promise.all([
    ctx.api.get<Bank[]>('/banks'),
    // members read it in any status (the default until one is set)
    ctx.api.get<{ flatFee: number; freeFrom: number | null }>(`/enterprises/${id}/shipping-rule`),
  ]);
  const forms = { ...storefrontFormsOf(workspace, rule.ok ? rule.data : null), ...typed };
  const page = <StorefrontPage ctx={ctx} workspace={workspace} forms={forms} refusal={refusal} banks={required(banks)} />;
  return sendPage(reply, page, { status });
}

async function renderMembers(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  invite: { email: string; role: string; errors: FieldErrors },
  status = 200,
) {
  const id = workspace.enterprise.id;
  const [members, invitations] = await Promise.all([
    ctx.api.get<{ items: Member[] }>(`/enterprises/${id}/members`),
    workspace.role === 'owner' ? ctx.api.get<{ items: Invitation[] }>(`/enterprises/${id}/invitations`) : null,
  ]);
  const page = (
    <MembersPage
      ctx={ctx}
      workspace={workspace}
      members={required(members).items}
      invitations={invitations?.ok ? invitations.data.items : null}
      invite={invite}
    />
  );
  return sendPage(reply, page, { status });
}
