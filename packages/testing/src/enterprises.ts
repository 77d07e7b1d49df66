import { completeTaxCode } from '@tradeqn/vn';
import { as, type Person } from './people.ts';
import type { TestMarketplace } from './test-marketplace.ts';

let taxSeed = 430_020_000;
/** A fresh valid tax code for each call. */
export function nextTaxCode(): string {
  for (;;) {
    const code = completeTaxCode(String(taxSeed++));
    if (code) return code;
  }
}

/** A complete registration of an enterprise (a fresh tax code each time), with `overrides` laid over it. */
export function enterpriseBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Hợp tác xã Tỏi Lý Sơn',
    taxCode: nextTaxCode(),
    type: 'cooperative',
    representative: 'Phạm Văn Tỏi',
    phone: '0255 3867 101',
    email: 'lienhe@toilyson.vn',
    address: { provinceCode: '51', wardCode: '21548', street: 'Thôn Đông, An Vĩnh' },
    sectors: ['Nông sản', 'đặc sản & OCOP'],
    description: 'Tỏi cô đơn trồng trên cát biển Lý Sơn',
    ...overrides,
  };
}

/** An enterprise registered by `owner`, waiting for verification. */
export async function createEnterprise(t: Pick<TestMarketplace, 'app'>, owner: Person, overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(owner, enterpriseBody(overrides)) });
  if (response.statusCode !== 201) throw new Error(`create enterprise: ${response.body}`);
  return response.json() as { id: string; slug: string; status: string; taxCode: string };
}

/** Staff's decision on an enterprise: `approve`, `reject`, `suspend`, … (the answer is returned as it is). */
export async function decide(t: Pick<TestMarketplace, 'app'>, staff: Person, id: string, action: string, reason?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/enterprises/${id}/${action}`,
    ...as(staff, reason ? { reason } : undefined),
  });
}

/** A verified (approved) enterprise owned by `owner`; answers its id. */
export async function approvedEnterprise(
  t: Pick<TestMarketplace, 'app'>,
  owner: Person,
  admin: Person,
  name: string,
  type: 'company' | 'cooperative' | 'household' = 'cooperative',
): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/enterprises',
    ...as(owner, {
      name,
      taxCode: nextTaxCode(),
      type,
      representative: 'Người Đại Diện',
      phone: '0905123456',
      email: 'lienhe@example.vn',
      address: { provinceCode: '51', wardCode: '21548', street: 'Thôn Đông' },
    }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/approve`, ...as(admin) });
  return id;
}
