import type { PageContext } from '../http/page-context.ts';
import { type FieldErrors, fieldId, SelectField, TextField } from './form.tsx';

/** A province or ward as `GET /api/v1/geo/provinces` and `/geo/provinces/{code}/wards` give it. */
export interface AdminUnit {
  code: string;
  name: string;
  fullName: string;
}

/** What an address form holds, as typed (the API normalises the phone and checks the ward). */
export interface AddressValues {
  fullName: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
}

export const ADDRESS_FIELDS = ['fullName', 'phone', 'provinceCode', 'wardCode', 'street'] as const;

/** Quảng Ngãi: the province listed first and chosen when nothing is. */
export const HOME_PROVINCE_CODE = '51';

/**
 * The name of the no-JavaScript "update the wards" submit button: a form posted with it is
 * re-rendered with the wards of the chosen province and everything typed kept, not saved.
 */
export const WARDS_REFRESH_FIELD = 'refreshWards';

/** A field's form name: `street`, or `shippingAddress.street` with a prefix. */
export const addressFieldName = (prefix: string, field: (typeof ADDRESS_FIELDS)[number]) =>
  prefix ? `${prefix}.${field}` : field;

/** The address part of a posted form (flat `prefix.field` names, as formbody gives them). */
export function readAddressFields(body: Record<string, unknown>, prefix = ''): AddressValues {
  const read = (field: (typeof ADDRESS_FIELDS)[number]) => {
    const value = body[addressFieldName(prefix, field)];
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    fullName: read('fullName'),
    phone: read('phone'),
    provinceCode: read('provinceCode'),
    wardCode: read('wardCode'),
    street: read('street'),
  };
}

/** Whether this post only asked for the wards of another province (the no-JavaScript picker). */
export const isWardsRefresh = (body: Record<string, unknown>) => typeof body[WARDS_REFRESH_FIELD] === 'string';

/**
 * The provinces, and the wards of the chosen one (Quảng Ngãi when none is), from the geo API in
 * one round of parallel calls. An unknown province code yields no wards (the API refuses it).
 */
export async function loadAddressUnits(
  ctx: PageContext,
  provinceCode: string | undefined,
): Promise<{ provinces: AdminUnit[]; wards: AdminUnit[] }> {
  const code = provinceCode && /^\d{2}$/.test(provinceCode) ? provinceCode : HOME_PROVINCE_CODE;
  const [provinces, wards] = await Promise.all([
    ctx.api.get<AdminUnit[]>('/geo/provinces'),
    ctx.api.get<AdminUnit[]>(`/geo/provinces/${code}/wards`),
  ]);
  return { provinces: provinces.ok ? provinces.data : [], wards: wards.ok ? wards.data : [] };
}

/**
 * The reusable address fieldset: name, phone, province → ward, street. The province select fills
 * the ward select in place with JavaScript (`data-wards-target`, site.js); without it, the
 * "update the list of wards" button (`data-wards-refresh`, hidden by site.js) posts the form back
 * so the page renders the wards of the chosen province (see `isWardsRefresh`).
 *
 * `values` are unprefixed (`street`); `errors` are keyed by the field's form name (`street`, or
 * `shippingAddress.street` with a prefix), as `fieldErrorsOf` gives them; `wards` are the chosen
 * province's.
 */
export function AddressFields({
  ctx,
  prefix,
  values,
  errors,
  provinces,
  wards,
}: {
  ctx: PageContext;
  prefix: string;
  values: Partial<AddressValues>;
  errors: FieldErrors;
  provinces: AdminUnit[];
  wards: AdminUnit[];
}) {
  const t = ctx.t.profile.addressFields;
  const name = (field: (typeof ADDRESS_FIELDS)[number]) => addressFieldName(prefix, field);
  const provinceCode = values.provinceCode || HOME_PROVINCE_CODE;
  const ordered = [
    ...provinces.filter((province) => province.code === HOME_PROVINCE_CODE),
    ...provinces.filter((province) => province.code !== HOME_PROVINCE_CODE),
  ];
  return (
    <fieldset class="address-fields">
      <legend>{t.legend}</legend>
      <TextField
        name={name('fullName')}
        label={t.fullName}
        value={values.fullName}
        error={errors[name('fullName')]}
        autoComplete="name"
        required
        maxLength={120}
      />
      <TextField
        name={name('phone')}
        label={t.phone}
        hint={t.phoneHint}
        type="tel"
        inputMode="tel"
        value={values.phone}
        error={errors[name('phone')]}
        autoComplete="tel"
        required
        maxLength={20}
      />
      <div class="ward-picker">
        <SelectField
          name={name('provinceCode')}
          label={t.province}
          value={provinceCode}
          error={errors[name('provinceCode')]}
          options={ordered.map((province) => ({ value: province.code, label: province.name }))}
          required
          wardsTarget={fieldId(name('wardCode'))}
        />
        <button type="submit" class="button-secondary" name={WARDS_REFRESH_FIELD} value="1" formNoValidate data-wards-refresh>
          {t.refreshWards}
        </button>
        <SelectField
          name={name('wardCode')}
          label={t.ward}
          value={values.wardCode}
          error={errors[name('wardCode')]}
          placeholder={t.chooseWard}
          options={wards.map((ward) => ({ value: ward.code, label: ward.name }))}
          required
        />
      </div>
      <TextField
        name={name('street')}
        label={t.street}
        hint={t.streetHint}
        value={values.street}
        error={errors[name('street')]}
        autoComplete="street-address"
        required
        maxLength={250}
      />
    </fieldset>
  );
}

/**
 * The API's field errors on an address (`fieldErrorsOf`), each replaced by this page's own words
 * for that field: the API explains in English, the person reads their language.
 */
export function localizeAddressErrors(ctx: PageContext, errors: FieldErrors, prefix = ''): FieldErrors {
  const words = ctx.t.profile.addressFields.errors;
  const localized: FieldErrors = { ...errors };
  for (const field of ADDRESS_FIELDS) {
    const name = addressFieldName(prefix, field);
    if (localized[name] !== undefined) localized[name] = words[field];
  }
  return localized;
}

/**
 * Put first in a form that holds `AddressFields`: pressing Enter in a field submits with a form's
 * first submit button, which would otherwise be the "update the wards" one (and save nothing).
 * Out of sight and out of the tab order; the form's visible button does the same.
 */
export function ImplicitSubmit({ label }: { label: string }) {
  return (
    <button type="submit" class="visually-hidden" tabIndex={-1} aria-hidden="true">
      {label}
    </button>
  );
}
