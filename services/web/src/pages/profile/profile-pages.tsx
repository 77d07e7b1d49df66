import type { AddressDto, UserDto } from '@tradeqn/accounts/contract';
import { AddressFields, type AddressValues, type AdminUnit, ImplicitSubmit } from '../../components/address-fields.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import { MY_DATA_PATH } from '../my-data/my-data-paths.ts';
import { securityMessages } from '../security/security-messages.ts';
import { PRIVACY_PATH, SECURITY_PATH } from '../security/security-paths.ts';

/** How many addresses the book keeps (accounts refuses the eleventh). */
export const MAX_ADDRESSES = 10;

export interface ProfileValues {
  fullName: string;
  phone: string;
}

function AccountLinks({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.profile.profile;
  return (
    <nav class="account-nav" aria-label={t.links}>
      <a href={ctx.href('/don-hang')}>{t.orders}</a>
      <a href={ctx.href('/tai-khoan/dia-chi')}>{t.addresses}</a>
      <a href={ctx.href('/tai-khoan/mat-khau')}>{t.password}</a>
      <a href={ctx.href(SECURITY_PATH)}>{securityMessages(ctx.locale).security.title}</a>
      <a href={ctx.href(PRIVACY_PATH)}>{securityMessages(ctx.locale).privacy.title}</a>
      <a href={ctx.href(MY_DATA_PATH)}>{ctx.t.myData.link}</a>
      <a href={ctx.href('/yeu-cau-bao-gia')}>{t.rfqs}</a>
      <a href={ctx.href('/tai-khoan/danh-gia')}>{ctx.t.reviews.mine.title}</a>
    </nav>
  );
}

function Saved({ message }: { message: string | undefined }) {
  return message ? (
    <p class="notice" role="status">
      {message}
    </p>
  ) : null;
}

export function ProfilePage(props: {
  ctx: PageContext;
  me: UserDto;
  values: ProfileValues;
  errors: FieldErrors;
  saved: boolean;
}) {
  const { ctx, me, values, errors } = props;
  const t = ctx.t.profile.profile;
  const labels = { fullName: t.fullName, phone: t.phone };
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: '/tai-khoan', noindex: true }}>
      <Breadcrumbs ctx={ctx} crumbs={[{ label: ctx.t.common.home, path: '/' }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <AccountLinks ctx={ctx} />
      <Saved message={props.saved ? t.saved : undefined} />
      <section class="profile-details" aria-labelledby="profile-details">
        <h2 id="profile-details">{t.details}</h2>
        <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
        <form method="post" action={ctx.href('/tai-khoan')} class="profile-form" noValidate>
          <CsrfField ctx={ctx} />
          <p class="profile-email">
            <span class="label">{t.email}</span>
            <span data-email>{me.email}</span>{' '}
            <span class="muted">({me.emailVerified ? t.emailVerified : t.emailNotVerified})</span>
          </p>
          <TextField
            name="fullName"
            label={t.fullName}
            value={values.fullName}
            error={errors.fullName}
            autoComplete="name"
            required
            maxLength={120}
          />
          <TextField
            name="phone"
            label={t.phone}
            hint={t.phoneHint}
            type="tel"
            inputMode="tel"
            value={values.phone}
            error={errors.phone}
            autoComplete="tel"
            maxLength={20}
          />
          <button type="submit">{t.save}</button>
        </form>
      </section>
    </Document>
  );
}

export function AddressBookPage(props: { ctx: PageContext; addresses: AddressDto[]; notice: string | undefined }) {
  const { ctx, addresses } = props;
  const t = ctx.t.profile.book;
  const crumbs = [
    { label: ctx.t.common.home, path: '/' },
    { label: ctx.t.profile.profile.title, path: '/tai-khoan' },
    { label: t.title },
  ];
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: '/tai-khoan/dia-chi', noindex: true }}>
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.title}</h1>
      <p>{t.intro(MAX_ADDRESSES)}</p>
      <Saved message={props.notice} />
      {addresses.length === 0 ? <p class="empty">{t.empty}</p> : null}
      <ul class="plain-list address-list">
        {addresses.map((address) => (
          <li class={address.isDefault ? 'address-card address-default' : 'address-card'} data-address-id={address.id}>
            <p class="address-name">
              <strong>{address.fullName}</strong>
              {address.isDefault ? <span class="address-badge">{t.defaultBadge}</span> : null}
            </p>
            <p class="address-lines">
              {address.phone}
              <br />
              {address.street}, {address.wardName}, {address.provinceName}
            </p>
            <div class="address-actions">
              <a
                class="button button-secondary"
                href={ctx.href(`/tai-khoan/dia-chi/${address.id}`)}
                aria-label={t.editLabel(address.fullName)}
              >
                {t.edit}
              </a>
              {address.isDefault ? null : (
                <form method="post" action={ctx.href(`/tai-khoan/dia-chi/${address.id}/mac-dinh`)} class="inline-form">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="button-secondary" aria-label={t.makeDefaultLabel(address.fullName)}>
                    {t.makeDefault}
                  </button>
                </form>
              )}
              <form method="post" action={ctx.href(`/tai-khoan/dia-chi/${address.id}/xoa`)} class="inline-form">
                <CsrfField ctx={ctx} />
                <button type="submit" class="button-danger" aria-label={t.removeLabel(address.fullName)}>
                  {t.remove}
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
      {addresses.length >= MAX_ADDRESSES ? (
        <p class="notice notice-warning">{t.full(MAX_ADDRESSES)}</p>
      ) : (
        <p>
          <a class="button" href={ctx.href('/tai-khoan/dia-chi/moi')}>
            {t.add}
          </a>
        </p>
      )}
      <AccountLinks ctx={ctx} />
    </Document>
  );
}

export function AddressFormPage(props: {
  ctx: PageContext;
  /** The address being edited; none for a new one. */
  id?: string;
  values: Partial<AddressValues> & { isDefault?: boolean };
  errors: FieldErrors;
  provinces: AdminUnit[];
  wards: AdminUnit[];
  /** Editing the default address: it stays the default until another is chosen. */
  isDefaultAlready?: boolean;
}) {
  const { ctx, id, values, errors } = props;
  const t = ctx.t.profile.book;
  const f = ctx.t.profile.addressFields;
  const title = id ? t.editTitle : t.newTitle;
  const path = id ? `/tai-khoan/dia-chi/${id}` : '/tai-khoan/dia-chi/moi';
  const labels = { fullName: f.fullName, phone: f.phone, provinceCode: f.province, wardCode: f.ward, street: f.street };
  const crumbs = [
    { label: ctx.t.common.home, path: '/' },
    { label: ctx.t.profile.profile.title, path: '/tai-khoan' },
    { label: t.title, path: '/tai-khoan/dia-chi' },
    { label: title },
  ];
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, noindex: true }}>
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(path)} class="address-form" noValidate>
        <CsrfField ctx={ctx} />
        <ImplicitSubmit label={t.save} />
        <AddressFields ctx={ctx} prefix="" values={values} errors={errors} provinces={props.provinces} wards={props.wards} />
        {props.isDefaultAlready ? (
          <p class="muted">{t.defaultBadge}</p>
        ) : (
          <label class="choice" for={fieldId('isDefault')}>
            <input type="checkbox" id={fieldId('isDefault')} name="isDefault" value="1" checked={values.isDefault === true} />
            {t.isDefault}
          </label>
        )}
        <p class="form-actions">
          <button type="submit">{t.save}</button> <a href={ctx.href('/tai-khoan/dia-chi')}>{t.cancel}</a>
        </p>
      </form>
    </Document>
  );
}
