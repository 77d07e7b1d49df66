import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { resolveWard, vnMonthRange } from '@tradeqn/vn';
import { and, gte, lt, sql } from 'drizzle-orm';
import { ledgerEntries } from '../db/schema.ts';

/** One seller's month on the platform, as the tax authority reads it (integer đồng). */
export interface SellerTaxMonth {
  enterpriseId: string;
  name: string;
  type: string;
  taxCode: string;
  address: string;
  phone: string;
  email: string;
  /** Orders whose payment the platform collected this month. */
  sales: number;
  revenue: number;
  /** Refunds this month (of this month's sales or earlier ones): they offset the revenue. */
  returns: number;
  netRevenue: number;
  vatWithheld: number;
  vatReturned: number;
  vatNet: number;
  pitWithheld: number;
  pitReturned: number;
  pitNet: number;
  /** Whether the platform withholds this seller's tax (household businesses and individuals). */
  isWithheld: boolean;
}

export interface WithholdingReturn {
  month: string;
  sellers: SellerTaxMonth[];
  /** The sums over the sellers whose tax was withheld: the figures the platform declares and pays. */
  totals: Pick<
    SellerTaxMonth,
    'revenue' | 'returns' | 'netRevenue' | 'vatWithheld' | 'vatReturned' | 'vatNet' | 'pitWithheld' | 'pitReturned' | 'pitNet'
  >;
}

const WITHHOLDING_KINDS = ['vat_withheld', 'pit_withheld', 'vat_withheld_reversal', 'pit_withheld_reversal'];

/**
 * Decree 117/2025/NĐ-CP: each month the platform declares, per seller, the revenue it collected,
 * the returns that offset it, and the VAT and personal income tax it withheld and gave back; and
 * it gives the tax authority the list of its sellers with their revenue. Both are read from the
 * ledger, where each sale, withholding and refund was booked once when the money moved.
 */
export function createWithholdingReturns(deps: {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'getEnterprises' | 'personalTaxCodes'>;
}) {
  return {
    async forMonth(month: string): Promise<WithholdingReturn> {
      const { from, to } = vnMonthRange(month);
      const sum = (kind: string) =>
        sql<string>`coalesce(sum(${ledgerEntries.amount}) FILTER (WHERE ${ledgerEntries.kind} = ${kind}), 0)`;
      const rows = await deps.db
        .select({
          enterpriseId: ledgerEntries.enterpriseId,
          sales: sql<string>`count(*) FILTER (WHERE ${ledgerEntries.kind} = 'sale')`,
          sale: sum('sale'),
          refund: sum('refund'),
          vatWithheld: sum('vat_withheld'),
          vatReversal: sum('vat_withheld_reversal'),
          pitWithheld: sum('pit_withheld'),
          pitReversal: sum('pit_withheld_reversal'),
          withholdingEntries: sql<string>`count(*) FILTER (WHERE ${ledgerEntries.kind} IN ${WITHHOLDING_KINDS} AND ${ledgerEntries.amount} <> 0)`,
        })
        .from(ledgerEntries)
        .where(
          and(
            gte(ledgerEntries.createdAt, from),
            lt(ledgerEntries.createdAt, to),
            sql`${ledgerEntries.kind} IN ('sale', 'refund', ${sql.join(
              WITHHOLDING_KINDS.map((kind) => sql`${kind}`),
              sql`, `,
            )})`,
          ),
        )
        .groupBy(ledgerEntries.enterpriseId);
      const enterprises = new Map(
        (await deps.enterprises.getEnterprises(rows.map((row) => row.enterpriseId))).map((enterprise) => [
          enterprise.id,
          enterprise,
        ]),
      );
      // an individual's tax code is their citizen ID, kept sealed by enterprises: the return names it
      // (the route records the staff member's look in the access log)
      const personal = await deps.enterprises.personalTaxCodes(
        [...enterprises.values()].filter((one) => one.type === 'individual').map((one) => one.id),
      );
      const sellers = rows
        .map((row): SellerTaxMonth => {
          const enterprise = enterprises.get(row.enterpriseId);
          const revenue = Number(row.sale);
          const returns = -Number(row.refund);
          // withholdings are booked as what the seller is owed less (negative), their reversals positive
          const vatWithheld = -Number(row.vatWithheld);
          const vatReturned = Number(row.vatReversal);
          const pitWithheld = -Number(row.pitWithheld);
          const pitReturned = Number(row.pitReversal);
          return {
            enterpriseId: row.enterpriseId,
            name: enterprise?.name ?? row.enterpriseId,
            type: enterprise?.type ?? '',
            taxCode: enterprise?.taxCode ?? personal.get(row.enterpriseId) ?? '',
            address: enterprise ? addressOf(enterprise) : '',
            phone: enterprise?.phone ?? '',
            email: enterprise?.email ?? '',
            sales: Number(row.sales),
            revenue,
            returns,
            netRevenue: revenue - returns,
            vatWithheld,
            vatReturned,
            vatNet: vatWithheld - vatReturned,
            pitWithheld,
            pitReturned,
            pitNet: pitWithheld - pitReturned,
            isWithheld: Number(row.withholdingEntries) > 0,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.enterpriseId.localeCompare(b.enterpriseId));
      const withheld = sellers.filter((seller) => seller.isWithheld);
      const total = (field: keyof WithholdingReturn['totals']) => withheld.reduce((sum, seller) => sum + seller[field], 0);
      return {
        month,
        sellers,
        totals: {
          revenue: total('revenue'),
          returns: total('returns'),
          netRevenue: total('netRevenue'),
          vatWithheld: total('vatWithheld'),
          vatReturned: total('vatReturned'),
          vatNet: total('vatNet'),
          pitWithheld: total('pitWithheld'),
          pitReturned: total('pitReturned'),
          pitNet: total('pitNet'),
        },
      };
    },
  };
}

function addressOf(enterprise: { street: string; provinceCode: string; wardCode: string }) {
  const place = resolveWard(enterprise.provinceCode, enterprise.wardCode);
  return [enterprise.street, place?.ward.fullName, place?.province.fullName].filter(Boolean).join(', ');
}

export type WithholdingReturns = ReturnType<typeof createWithholdingReturns>;
