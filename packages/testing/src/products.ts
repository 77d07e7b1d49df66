import { as, type Person } from './people.ts';
import type { TestMarketplace } from './test-marketplace.ts';

/** A product listed by `owner` for `enterpriseId` and approved by `admin`; answers its id. */
export async function approvedProduct(
  t: Pick<TestMarketplace, 'app'>,
  owner: Person,
  admin: Person,
  enterpriseId: string,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  const categoryId = tree.find((node) => node.slug === 'nong-san')?.children[0]?.id;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId,
      name: 'Tỏi Lý Sơn',
      description: 'Tỏi một tép trồng trên cát đảo Lý Sơn',
      categoryId,
      price: 100_000,
      unit: 'kg',
      stock: 100,
      ...fields,
    }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${id}/approve`,
    ...as(admin, { version: created.json().version }),
  });
  if (approved.statusCode !== 200) throw new Error(approved.body);
  return id;
}
