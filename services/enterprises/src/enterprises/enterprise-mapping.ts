import { findBank } from '@tradeqn/vn';
import type { Static } from 'typebox';
import type { MemberRole } from '../contract/index.ts';
import type { EnterpriseRow } from './enterprise-repository.ts';
import type { EnterpriseSchema } from './enterprise-schemas.ts';

export type EnterpriseDto = Static<typeof EnterpriseSchema>;

/** Who is asking: a signed-in person with their platform roles, or nobody. */
export type Actor = { userId: string; roles: string[] } | null;

export function isAdmin(actor: Actor): boolean {
  return actor?.roles.includes('admin') ?? false;
}

/**
 * The profile as the caller may see it: the public part (with the seller identity the law
 * asks to show) for everyone; the rest, bank account included, for members and staff.
 */
export function toEnterpriseDto(
  row: EnterpriseRow,
  view: {
    isPrivate: boolean;
    myRole: MemberRole | null;
    mediaUrl: (key: string) => string;
    /** Opens an individual's sealed citizen ID (for the private view only). */
    citizenId?: (sealed: string) => string | null;
  },
): EnterpriseDto {
  const dto: EnterpriseDto = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type as EnterpriseDto['type'],
    status: row.status as EnterpriseDto['status'],
    taxCode: row.taxCode,
    businessRegNumber: row.businessRegNumber,
    representative: row.representative,
    phone: row.phone,
    email: row.email,
    address: {
      provinceCode: row.provinceCode,
      provinceName: row.provinceName,
      wardCode: row.wardCode,
      wardName: row.wardName,
      street: row.street,
    },
    location: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    sectors: row.sectors,
    description: row.description,
    introduction: row.introduction,
    website: row.website,
    customDomain: row.customDomain,
    customDomainVerifiedAt: row.customDomainVerifiedAt?.toISOString() ?? null,
    logoUrl: row.logoKey ? view.mediaUrl(row.logoKey) : null,
    coverUrl: row.coverKey ? view.mediaUrl(row.coverKey) : null,
    isExportReady: row.isExportReady,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
  if (!view.isPrivate) return dto;
  return {
    ...dto,
    statusReason: row.statusReason,
    citizenId: row.citizenIdSealed && view.citizenId ? view.citizenId(row.citizenIdSealed) : null,
    businessRegDate: row.businessRegDate,
    businessRegPlace: row.businessRegPlace,
    licence:
      row.licenceNumber && row.licenceDate && row.licenceIssuer
        ? { number: row.licenceNumber, date: row.licenceDate, issuer: row.licenceIssuer }
        : null,
    bankAccount:
      row.bankBin && row.bankAccountNo && row.bankAccountHolder
        ? {
            bankBin: row.bankBin,
            bankName: bankNameOf(row.bankBin),
            accountNo: row.bankAccountNo,
            accountHolder: row.bankAccountHolder,
          }
        : null,
    version: row.version,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    myRole: view.myRole,
  };
}

function bankNameOf(bin: string): string {
  return findBank(bin)?.shortName ?? bin;
}

/** What the profile history keeps of each version. */
export function snapshotOf(row: EnterpriseRow): Record<string, unknown> {
  const {
    searchText: _search,
    // an individual's citizen ID stays in the profile only, sealed: the history says that there is one
    citizenIdSealed,
    citizenIdIndex: _index,
    createdAt,
    updatedAt,
    submittedAt,
    verifiedAt,
    customDomainVerifiedAt,
    ...rest
  } = row;
  return {
    ...rest,
    hasCitizenId: citizenIdSealed !== null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    submittedAt: submittedAt.toISOString(),
    verifiedAt: verifiedAt?.toISOString() ?? null,
    customDomainVerifiedAt: customDomainVerifiedAt?.toISOString() ?? null,
  };
}
