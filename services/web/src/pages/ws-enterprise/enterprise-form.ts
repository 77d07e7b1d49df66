import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import type { ApiProblem } from '../../http/api-client.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';

/** The registration / profile form as typed: every value a string, kept when the form comes back. */
export interface EnterpriseFormValues {
  name: string;
  type: string;
  taxCode: string;
  /** An individual seller's citizen ID. */
  citizenId: string;
  representative: string;
  businessRegNumber: string;
  businessRegDate: string;
  businessRegPlace: string;
  phone: string;
  email: string;
  website: string;
  provinceCode: string;
  wardCode: string;
  street: string;
  /** Comma-separated, as typed. */
  sectors: string;
  description: string;
}

export const EMPTY_ENTERPRISE_FORM: EnterpriseFormValues = {
  name: '',
  type: '',
  taxCode: '',
  citizenId: '',
  representative: '',
  businessRegNumber: '',
  businessRegDate: '',
  businessRegPlace: '',
  phone: '',
  email: '',
  website: '',
  provinceCode: '',
  wardCode: '',
  street: '',
  sectors: '',
  description: '',
};

/** The form's values from a posted body (the address fields are named `address.provinceCode`…). */
export function readEnterpriseForm(body: unknown): EnterpriseFormValues {
  const text = (name: string) => formText(body, name);
  return {
    name: text('name'),
    type: text('type'),
    taxCode: text('taxCode'),
    citizenId: text('citizenId'),
    representative: text('representative'),
    businessRegNumber: text('businessRegNumber'),
    businessRegDate: text('businessRegDate'),
    businessRegPlace: text('businessRegPlace'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    provinceCode: text('address.provinceCode'),
    wardCode: text('address.wardCode'),
    street: text('address.street'),
    sectors: text('sectors'),
    description: text('description'),
  };
}

/** The form's values from an enterprise as the API answers it (the profile page's first view). */
export function enterpriseFormOf(enterprise: EnterpriseDto): EnterpriseFormValues {
  return {
    name: enterprise.name,
    type: enterprise.type,
    taxCode: enterprise.taxCode ?? '',
    citizenId: enterprise.citizenId ?? '',
    representative: enterprise.representative,
    businessRegNumber: enterprise.businessRegNumber ?? '',
    businessRegDate: enterprise.businessRegDate ?? '',
    businessRegPlace: enterprise.businessRegPlace ?? '',
    phone: enterprise.phone,
    email: enterprise.email,
    website: enterprise.website ?? '',
    provinceCode: enterprise.address.provinceCode,
    wardCode: enterprise.address.wardCode,
    street: enterprise.address.street,
    sectors: enterprise.sectors.join(', '),
    description: enterprise.description ?? '',
  };
}

export const splitSectors = (sectors: string) =>
  sectors
    .split(/[,\n;]/)
    .map((sector) => sector.trim())
    .filter(Boolean);

/**
 * The API's body for `POST /enterprises` or `PATCH /enterprises/{id}`. Optional fields left empty
 * are not sent on registration; on an edit the clearable ones (website, description, sectors) are
 * sent empty so that emptying them clears them. What is wrong is for the API to say.
 */
export function enterpriseBody(values: EnterpriseFormValues, mode: 'register' | 'update'): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: values.name,
    type: values.type,
    representative: values.representative,
    phone: values.phone,
    email: values.email,
    address: { provinceCode: values.provinceCode, wardCode: values.wardCode, street: values.street },
  };
  // an individual gives a citizen ID, everyone else a tax code: the API says which is missing
  if (values.taxCode) body.taxCode = values.taxCode;
  if (values.citizenId) body.citizenId = values.citizenId;
  if (values.businessRegNumber) body.businessRegNumber = values.businessRegNumber;
  if (values.businessRegDate) body.businessRegDate = values.businessRegDate;
  if (values.businessRegPlace) body.businessRegPlace = values.businessRegPlace;
  const sectors = splitSectors(values.sectors);
  if (sectors.length > 0 || mode === 'update') body.sectors = sectors;
  if (values.description || mode === 'update') body.description = values.description;
  if (values.website || mode === 'update') body.website = values.website;
  return body;
}

/**
 * The API's problem on an enterprise form, each field's message in this page's words (the API
 * explains fields in English); a field the page has no words for keeps the API's message, and a
 * tax code already registered is shown next to the tax code.
 */
export function enterpriseErrors(ctx: PageContext, problem: ApiProblem): FieldErrors {
  const words = ctx.t.wsEnterprise.fieldErrors;
  if (problem.code === 'ENTERPRISES_TAX_CODE_TAKEN') return { taxCode: words.taxCodeTaken ?? problem.title };
  if (problem.code === 'ENTERPRISES_CITIZEN_ID_TAKEN') return { citizenId: words.citizenIdTaken ?? problem.title };
  const raw = fieldErrorsOf(problem);
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(raw)) {
    // `sectors.3` is the sectors field; `address` (the whole object) is its street
    const name = field.startsWith('sectors') ? 'sectors' : field === 'address' ? 'address.street' : field;
    errors[name] ??= words[name] ?? message;
  }
  return errors;
}

/** Amounts as people type them (`30.000`, `30 000`) as the integer the API takes; anything else as typed, for the API to refuse. */
export function amountOf(typed: string): number | string | null {
  if (typed === '') return null;
  const compact = typed.replace(/[\s.,₫đ]/g, '');
  return /^\d{1,12}$/.test(compact) ? Number(compact) : typed;
}
