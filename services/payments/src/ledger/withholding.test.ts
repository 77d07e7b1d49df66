import { describe, expect, it } from 'vitest';
import { withholdingFor } from './withholding.ts';

describe('withholding for household sellers (Decree 117/2025)', () => {
  it.each([
    // amount, of which services, household?, VAT, PIT
    [1_000_000, 0, true, 10_000, 5_000],
    [1_000_000, 1_000_000, true, 50_000, 20_000],
    [1_000_000, 400_000, true, 6_000 + 20_000, 3_000 + 8_000],
    [245_000, 0, true, 2_450, 1_225],
    [333, 0, true, 3, 2],
    [1_000_000, 0, false, 0, 0],
    [1_000_000, 5_000_000, true, 50_000, 20_000],
  ])('%i đồng (%i services, household %s) → VAT %i, PIT %i', (amount, services, household, vat, pit) => {
    expect(withholdingFor(amount, services, household)).toEqual({ vat, pit });
  });
});
