import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';

/** The password `signUp` gives its people, for a page session that signs in as one of them. */
export const TEST_PASSWORD = 'mat-khau-123';

export interface TwoSellers {
  admin: Person;
  garlicOwner: Person;
  sugarOwner: Person;
  garlicShop: string;
  sugarShop: string;
  /** 100,000 ₫/kg, 90,000 from 10 kg; stock 100; the platform's default shipping (30,000, free from 500,000). */
  garlic: string;
  /** 45,000 ₫/hộp, at least 2; stock 30; its seller ships for 25,000 and takes transfers. */
  sugar: string;
}

/** Two approved sellers with a product each, as the cart, checkout and order pages' tests buy from them. */
export async function twoSellers(t: TestMarketplace, prefix: string): Promise<TwoSellers> {
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  const garlicOwner = await signUp(t, `chu-toi@${prefix}.vn`);
  const sugarOwner = await signUp(t, `chu-duong@${prefix}.vn`);
  const garlicShop = await approvedEnterprise(t, garlicOwner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  const sugarShop = await approvedEnterprise(t, sugarOwner, admin, 'Cơ sở Đường phèn Quảng Ngãi', 'household');
  const garlic = await approvedProduct(t, garlicOwner, admin, garlicShop, {
    name: 'Tỏi Lý Sơn cô đơn',
    price: 100_000,
    stock: 100,
    vatCategory: '5',
    wholesaleTiers: [{ minQty: 10, price: 90_000 }],
  });
  const sugar = await approvedProduct(t, sugarOwner, admin, sugarShop, {
    name: 'Đường phèn Quảng Ngãi',
    price: 45_000,
    stock: 30,
    minOrderQty: 2,
    unit: 'hộp',
  });
  const rule = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/enterprises/${sugarShop}/shipping-rule`,
    ...as(sugarOwner, { flatFee: 25_000, freeFrom: null }),
  });
  if (rule.statusCode !== 200) throw new Error(rule.body);
  const account = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/enterprises/${sugarShop}/bank-account`,
    ...as(sugarOwner, { bankBin: '970436', accountNo: '0071000123456', accountHolder: 'NGUYEN VAN DUONG' }),
  });
  if (account.statusCode !== 200) throw new Error(account.body);
  return { admin, garlicOwner, sugarOwner, garlicShop, sugarShop, garlic, sugar };
}
