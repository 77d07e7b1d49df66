export { vnpaySign } from '@tradeqn/payments';

/** Cheap argon2id for tests; the production parameters are covered by password-hashing.test.ts. */
export const testPasswordParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** VNPay's test terminal every test marketplace is configured with. */
export const VNPAY = {
  tmnCode: 'QNGTEST1',
  hashSecret: 'VNPAYTESTSECRET0123456789ABCDEF',
  payUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
};

/** A delivery address in Quảng Ngãi. */
export const ADDRESS = {
  fullName: 'Nguyễn Thị Mua',
  phone: '0905 123 456',
  provinceCode: '51',
  wardCode: '21548',
  street: '12 Lê Lợi',
};
