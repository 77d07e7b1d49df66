import { type Static, Type } from 'typebox';

export const ENTERPRISE_TYPES = ['company', 'cooperative', 'household', 'individual'] as const;
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number];
export const ENTERPRISE_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
export const MEMBER_ROLES = ['owner', 'staff'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const EnterpriseSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String({ examples: ['htx-toi-ly-son'] }),
  name: Type.String({ examples: ['Hợp tác xã Tỏi Lý Sơn'] }),
  status: Type.String({ examples: ['approved'] }),
  type: Type.String({ examples: ['cooperative'] }),
  provinceCode: Type.String({ examples: ['51'] }),
  wardCode: Type.String({ examples: ['21548'] }),
  /**
   * What a buyer's order confirmation names (the law asks for the seller's identity and contacts).
   * Null for an individual seller: their tax code is their citizen ID, which is not shown (see personalTaxCodes).
   */
  taxCode: Type.Union([Type.String({ examples: ['4300123456'] }), Type.Null()]),
  phone: Type.String({ examples: ['0905123456'] }),
  email: Type.String({ examples: ['lienhe@example.vn'] }),
  street: Type.String({ examples: ['Thôn Đông'] }),
});
export type EnterpriseSummary = Static<typeof EnterpriseSummarySchema>;

/** A seller on the exchange as the province's statistics count it. */
export interface EnterpriseStatisticsFact {
  id: string;
  type: string;
  provinceCode: string;
  wardCode: string;
  wardName: string;
  sectors: string[];
  /** A website of its own, or a storefront on its own verified domain. */
  hasWebsite: boolean;
  hasOwnDomain: boolean;
}

/** Where buyers' VietQR transfers go; other services see it only to build a payment. */
export interface PayoutAccount {
  bankBin: string;
  bankName: string;
  accountNo: string;
  accountHolder: string;
}

/** What other services may ask of enterprises. */
export interface EnterprisesApi {
  /** An enterprise by id, whatever its status, or null. */
  getEnterprise(id: string): Promise<EnterpriseSummary | null>;
  /** Several by id, any status, in one read; unknown ids are left out. */
  getEnterprises(ids: string[]): Promise<EnterpriseSummary[]>;
  /** The person's role in the enterprise, or null when not a member. */
  roleOf(enterpriseId: string, userId: string): Promise<MemberRole | null>;
  /** Every enterprise a person belongs to, with their role (for `/me`). */
  listMemberships(userId: string): Promise<{ id: string; role: MemberRole }[]>;
  /** The owners, to notify about the enterprise's listings, orders… */
  listOwners(enterpriseId: string): Promise<{ userId: string; email: string; fullName: string }[]>;
  /** The bank account of an approved enterprise, for a bank-transfer payment; null if none. */
  getPayoutAccount(enterpriseId: string): Promise<PayoutAccount | null>;
  /** Approved enterprises in id order, from after the cursor (the sitemap walks them all). */
  publicEnterprisesPage(options: { after?: string | undefined; limit: number }): Promise<PublicEnterprisePage>;
  /**
   * The tax codes of the individual sellers among these enterprises: their citizen IDs, decrypted
   * (since 1 July 2025 a person's tax code). For the tax filings only: the caller records each look
   * in its access log. Enterprises that are not individuals are left out.
   */
  personalTaxCodes(ids: string[]): Promise<Map<string, string>>;
  /** The sellers on the exchange at a moment (verified before it, approved today), for the programme's statistics. */
  statisticsFacts(before: Date): Promise<EnterpriseStatisticsFact[]>;
  /** An enterprise by id or slug, whatever its status, or null. */
  findEnterprise(idOrSlug: string): Promise<EnterpriseSummary | null>;
  /**
   * Province staff suspend an approved enterprise with a reason (an authority's takedown, a
   * report acted on): audited and mailed to its owners as any suspension. One not approved (already
   * suspended, pending, rejected) is answered as it is; null when there is no such enterprise.
   */
  suspendEnterprise(input: {
    enterpriseId: string;
    actor: { userId: string; roles: string[] };
    reason: string;
  }): Promise<EnterpriseSummary | null>;
}

export interface PublicEnterprisePage {
  items: { id: string; slug: string; name: string; updatedAt: Date }[];
  /** The last id of a full page; null when this page was the last. */
  nextCursor: string | null;
}

export type { AdminUnitDto, EnterpriseDto, EnterprisePageDto } from './api-types.ts';
export { EnterprisesEvents } from './events.ts';
