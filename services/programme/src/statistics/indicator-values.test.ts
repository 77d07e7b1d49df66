import type { EnterpriseStatisticsFact } from '@tradeqn/enterprises/contract';
import { describe, expect, it } from 'vitest';
import { measurePlatform, percent } from './indicator-values.ts';

const seller = (id: string, extra: Partial<EnterpriseStatisticsFact> = {}): EnterpriseStatisticsFact => ({
  id,
  type: 'household',
  provinceCode: '51',
  wardCode: '21548',
  wardName: 'Đặc khu Lý Sơn',
  sectors: ['nông sản'],
  hasWebsite: false,
  hasOwnDomain: false,
  ...extra,
});

describe('the exchange’s own indicators', () => {
  it('counts the province’s enterprises only: not a person selling, not an enterprise of another province', () => {
    const measured = measurePlatform({
      sellers: [
        seller('a', { hasWebsite: true }),
        seller('b'),
        seller('person', { type: 'individual' }),
        seller('hanoi', { provinceCode: '01', wardCode: '00004', wardName: 'Phường Ba Đình' }),
      ],
      listings: new Map([
        ['a', 2],
        ['person', 1],
        ['hanoi', 3],
      ]),
      orders: [
        { enterpriseId: 'a', orders: 3, cashless: 1 },
        { enterpriseId: 'person', orders: 1, cashless: 1 },
      ],
    });
    expect(measured.trading_online).toMatchObject({ numerator: 1 });
    expect(measured.electronic_channel).toMatchObject({ numerator: 2 });
    expect(measured.have_website).toMatchObject({ numerator: 1, denominator: 1 });
    // orders are the exchange's: every seller's
    expect(measured.cashless_orders).toMatchObject({ numerator: 2, denominator: 4 });
  });

  it('writes a share in percent with one decimal, and none without a denominator', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 0)).toBeNull();
    expect(percent(2, null)).toBeNull();
  });
});
