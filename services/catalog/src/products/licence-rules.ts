import type { ProblemField } from '@tradeqn/kit';

/** A licence the law asks of whoever sells in a category, named as the seller finds it on the paper. */
export interface LicenceRule {
  vi: string;
  en: string;
}

/**
 * Categories whose goods may be sold only under a licence, by category slug: alcohol (Decree
 * 105/2017 on the business of alcohol) and medicinal herbs (the Law on Pharmacy 2016 and Decree
 * 54/2017). Food in general is left out: household and small producers are exempt from the
 * food-safety certificate (Decree 15/2018, Article 12).
 */
export const LICENCE_RULES: Readonly<Record<string, LicenceRule>> = {
  'ruou-do-uong-khac': {
    vi: 'Giấy phép sản xuất hoặc bán lẻ rượu',
    en: 'Licence to produce or retail alcohol',
  },
  'sam-duoc-lieu-quy': {
    vi: 'Giấy chứng nhận đủ điều kiện kinh doanh dược (dược liệu)',
    en: 'Certificate of eligibility to trade in medicinal materials',
  },
};

export interface LicenceFields {
  licenceNumber?: string | null | undefined;
  licenceIssuer?: string | null | undefined;
  licenceIssuedOn?: string | null | undefined;
}

/** What a listing of this category still lacks before it may go to review; nothing when no licence is needed. */
export function missingLicence(categorySlug: string | undefined, fields: LicenceFields): ProblemField[] {
  const rule = categorySlug ? LICENCE_RULES[categorySlug] : undefined;
  if (!rule) return [];
  const message = `is required in this category: ${rule.en}`;
  return (['licenceNumber', 'licenceIssuer', 'licenceIssuedOn'] as const)
    .filter((field) => !fields[field]?.trim())
    .map((field) => ({ path: `/body/${field}`, message }));
}
