import type { EnterpriseStatisticsFact } from '@tradeqn/enterprises/contract';
import { QUANG_NGAI_CODE } from '@tradeqn/vn';

/** What the exchange knows about a year, gathered from the services that own it. */
export interface PlatformFacts {
  /** Sellers on the exchange at the end of the year. */
  sellers: EnterpriseStatisticsFact[];
  /** Listings on sale per enterprise at the end of the year. */
  listings: Map<string, number>;
  /** Orders placed in the year per seller, and those paid without cash. */
  orders: { enterpriseId: string; orders: number; cashless: number }[];
}

export interface Group {
  key: string;
  label: string;
  count: number;
  total: number | null;
}

export interface Measured {
  numerator: number;
  /** Null: the figure is a count, or its denominator comes from elsewhere (the province's enterprises). */
  denominator: number | null;
  byWard: Group[];
  bySector: Group[];
}

/** A share in percent, one decimal; null without a denominator. */
export function percent(numerator: number, denominator: number | null | undefined): number | null {
  if (!denominator) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/** Counts per ward and per sector (an enterprise counts once in each of its sectors), largest first. */
function grouped(
  sellers: EnterpriseStatisticsFact[],
  counted: (seller: EnterpriseStatisticsFact) => number,
  totalOf?: (seller: EnterpriseStatisticsFact) => number,
) {
  const byWard = new Map<string, Group>();
  const bySector = new Map<string, Group>();
  const add = (groups: Map<string, Group>, key: string, label: string, seller: EnterpriseStatisticsFact) => {
    const group = groups.get(key) ?? { key, label, count: 0, total: totalOf ? 0 : null };
    group.count += counted(seller);
    if (totalOf && group.total !== null) group.total += totalOf(seller);
    groups.set(key, group);
  };
  for (const seller of sellers) {
    add(byWard, seller.wardCode, seller.wardName, seller);
    for (const sector of seller.sectors.length > 0 ? seller.sectors : ['(chưa ghi ngành hàng)'])
      add(bySector, sector, sector, seller);
  }
  const sorted = (groups: Map<string, Group>) =>
    [...groups.values()]
      .filter((group) => group.count > 0 || (group.total ?? 0) > 0)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
  return { byWard: sorted(byWard), bySector: sorted(bySector) };
}

/** The indicators the exchange measures from its own data, for one year. */
/**
 * The province's enterprises among the sellers: registered in Quảng Ngãi and not individuals (a
 * person selling is no enterprise), so that a share of the province's count of enterprises keeps
 * like with like.
 */
const isProvinceEnterprise = (seller: EnterpriseStatisticsFact) =>
  seller.provinceCode === QUANG_NGAI_CODE && seller.type !== 'individual';

export function measurePlatform(facts: PlatformFacts): Record<string, Measured> {
  const enterprises = facts.sellers.filter(isProvinceEnterprise);
  const trading = enterprises.filter((seller) => (facts.listings.get(seller.id) ?? 0) > 0);
  const ordersOf = new Map(facts.orders.map((row) => [row.enterpriseId, row]));
  const one = () => 1;
  const allOrders = facts.orders.reduce((sum, row) => sum + row.orders, 0);
  const cashless = facts.orders.reduce((sum, row) => sum + row.cashless, 0);
  return {
    trading_online: { numerator: trading.length, denominator: null, ...grouped(trading, one) },
    electronic_channel: { numerator: enterprises.length, denominator: null, ...grouped(enterprises, one) },
    have_website: {
      numerator: trading.filter((seller) => seller.hasWebsite).length,
      denominator: trading.length,
      ...grouped(trading, (seller) => (seller.hasWebsite ? 1 : 0), one),
    },
    cashless_orders: {
      numerator: cashless,
      denominator: allOrders,
      // by the seller's ward and sectors (a seller no longer on the exchange is in no group)
      ...grouped(
        facts.sellers,
        (seller) => ordersOf.get(seller.id)?.cashless ?? 0,
        (seller) => ordersOf.get(seller.id)?.orders ?? 0,
      ),
    },
    // every seller on the exchange (this one is the exchange's own figure, not a share of the province's)
    own_domain_storefronts: {
      numerator: facts.sellers.filter((seller) => seller.hasOwnDomain).length,
      denominator: null,
      ...grouped(facts.sellers, (seller) => (seller.hasOwnDomain ? 1 : 0)),
    },
  };
}
