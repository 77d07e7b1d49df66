import type { AddressDto, UserDto } from '@tradeqn/accounts/contract';
import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import {
  type AddressValues,
  isWardsRefresh,
  loadAddressUnits,
  localizeAddressErrors,
  readAddressFields,
} from '../../components/address-fields.tsx';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import { type ApiProblem, pageNotFound, required } from '../../http/api-client.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { AddressBookPage, AddressFormPage, ProfilePage, type ProfileValues } from './profile-pages.tsx';

type Form = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOTICES = ['added', 'updated', 'removed', 'default'] as const;

/** The API's field paths of an address (`/body/wardCode`) are the form's names already. */
const addressErrors = (ctx: PageContext, problem: ApiProblem) => localizeAddressErrors(ctx, fieldErrorsOf(problem));

/**
 * `/tai-khoan`: the signed-in person's details (name and phone editable) and the ways into the
 * rest of the account; `/tai-khoan/dia-chi`: the address book (add, edit, delete, default) with
 * the province → ward picker, which works without JavaScript too.
 */
export async function profilePages(app: App): Promise<void> {
  app.get<{ Querystring: { saved?: string } }>('/tai-khoan', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const me = required(await ctx.api.get<UserDto>('/me'));
    const values = { fullName: me.fullName, phone: me.phone ?? '' };
    return sendPage(reply, <ProfilePage ctx={ctx} me={me} values={values} errors={{}} saved={request.query.saved === '1'} />);
  });

  app.post('/tai-khoan', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const values: ProfileValues = { fullName: formText(request.body, 'fullName'), phone: formText(request.body, 'phone') };
    const changed = await ctx.api.patch<UserDto>('/me', { body: values });
    if (changed.ok) return redirectTo(reply, ctx.href('/tai-khoan?saved=1'));
    if (changed.status === 401) return redirectToSignIn(reply);
    const me = required(await ctx.api.get<UserDto>('/me'));
    const errors = fieldErrorsOf(changed.problem);
    const t = ctx.t.profile.profile;
    if (errors.fullName) errors.fullName = t.nameError;
    if (errors.phone) errors.phone = t.phoneError;
    return sendPage(reply, <ProfilePage ctx={ctx} me={me} values={values} errors={errors} saved={false} />, {
      status: formStatus(changed.problem),
    });
  });

  app.get<{ Querystring: { notice?: string } }>('/tai-khoan/dia-chi', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const { items } = required(await ctx.api.get<{ items: AddressDto[] }>('/me/addresses'));
    const t = ctx.t.profile.book;
    const words = { added: t.added, updated: t.updated, removed: t.removed, default: t.defaultSet };
    const notice = NOTICES.find((one) => one === request.query.notice);
    return sendPage(reply, <AddressBookPage ctx={ctx} addresses={items} notice={notice ? words[notice] : undefined} />);
  });

  app.get('/tai-khoan/dia-chi/moi', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return renderForm(reply, ctx, { values: {}, errors: {} });
  });

  app.post('/tai-khoan/dia-chi/moi', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const body = (request.body ?? {}) as Form;
    const values = { ...readAddressFields(body), isDefault: formText(body, 'isDefault') !== '' };
    if (isWardsRefresh(body)) return renderForm(reply, ctx, { values, errors: {} });
    const added = await ctx.api.post<AddressDto>('/me/addresses', { body: values });
    if (added.ok) return redirectTo(reply, ctx.href('/tai-khoan/dia-chi?notice=added'));
    if (added.status === 401) return redirectToSignIn(reply);
    return renderForm(reply, ctx, { values, errors: addressErrors(ctx, added.problem), status: formStatus(added.problem) });
  });

  app.get<{ Params: { id: string } }>('/tai-khoan/dia-chi/:id', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const address = await loadAddress(ctx, request.params.id);
    return renderForm(reply, ctx, { address, values: address, errors: {} });
  });

  app.post<{ Params: { id: string } }>('/tai-khoan/dia-chi/:id', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    // someone else's or no such address: 404 before anything typed is looked at
    const address = await loadAddress(ctx, request.params.id);
    const body = (request.body ?? {}) as Form;
    const values = { ...readAddressFields(body), isDefault: formText(body, 'isDefault') !== '' };
    if (isWardsRefresh(body)) return renderForm(reply, ctx, { address, values, errors: {} });
    const { isDefault, ...fields } = values;
    const changed = await ctx.api.patch<AddressDto>(`/me/addresses/${address.id}`, {
      body: { ...fields, ...(isDefault ? { isDefault: true } : {}) },
    });
    if (changed.ok) return redirectTo(reply, ctx.href('/tai-khoan/dia-chi?notice=updated'));
    if (changed.status === 404) required(changed);
    return renderForm(reply, ctx, {
      address,
      values,
      errors: addressErrors(ctx, changed.problem),
      status: formStatus(changed.problem),
    });
  });

  app.post<{ Params: { id: string } }>('/tai-khoan/dia-chi/:id/xoa', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    required(await ctx.api.delete(`/me/addresses/${id}`));
    return redirectTo(reply, ctx.href('/tai-khoan/dia-chi?notice=removed'));
  });

  app.post<{ Params: { id: string } }>('/tai-khoan/dia-chi/:id/mac-dinh', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    required(await ctx.api.patch(`/me/addresses/${id}`, { body: { isDefault: true } }));
    return redirectTo(reply, ctx.href('/tai-khoan/dia-chi?notice=default'));
  });
}

/** One of the viewer's own addresses; anything else (not a uuid, someone else's) is the 404 page. */
async function loadAddress(ctx: PageContext, id: string): Promise<AddressDto> {
  if (!UUID.test(id)) throw pageNotFound();
  return required(await ctx.api.get<AddressDto>(`/me/addresses/${id}`));
}

async function renderForm(
  reply: FastifyReply,
  ctx: PageContext,
  form: {
    address?: AddressDto;
    values: Partial<AddressValues> & { isDefault?: boolean };
    errors: FieldErrors;
    status?: number;
  },
) {
  const { provinces, wards } = await loadAddressUnits(ctx, form.values.provinceCode);
  const page = (
    <AddressFormPage
      ctx={ctx}
      {...(form.address ? { id: form.address.id, isDefaultAlready: form.address.isDefault } : {})}
      values={form.values}
      errors={form.errors}
      provinces={provinces}
      wards={wards}
    />
  );
  return sendPage(reply, page, { status: form.status ?? 200 });
}
