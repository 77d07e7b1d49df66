/** The first province admin every test marketplace starts with (ADMIN_EMAIL, ADMIN_PASSWORD). */
export const ADMIN = { email: 'admin@soct.quangngai.gov.vn', password: 'Admin@12345' };

/** Cheap argon2id for tests; the production parameters are covered by password-hashing.test.ts. */
export const testPasswordParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** VNPay's test terminal every test marketplace is configured with. */
export const VNPAY = {
  tmnCode: 'QNGTEST1',
  hashSecret: 'VNPAYTESTSECRET0123456789ABCDEF',
  payUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
};
