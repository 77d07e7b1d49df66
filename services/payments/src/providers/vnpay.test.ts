import { describe, expect, it } from 'vitest';
import { buildVnpayUrl, isVnpaySignatureValid, vnpayDate, vnpaySign, vnpaySignData } from './vnpay.ts';

const config = {
  tmnCode: 'QNGTEST1',
  hashSecret: 'SECRETKEYFORTESTINGONLY0123456789',
  payUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
  returnUrl: 'http://san.test/api/v1/payments/vnpay/return',
};

describe('VNPay signing', () => {
  it('signs the sorted, form-encoded vnp_ fields with HMAC-SHA512', () => {
    const params = { vnp_TxnRef: 'ABC', vnp_Amount: '12500000', vnp_OrderInfo: 'Thanh toan don QNG-7K3F2' };
    expect(vnpaySignData(params)).toBe('vnp_Amount=12500000&vnp_OrderInfo=Thanh+toan+don+QNG-7K3F2&vnp_TxnRef=ABC');
    // reference value computed independently: printf '%s' '<sign data>' | openssl dgst -sha512 -hmac '<secret>'
    expect(vnpaySign(params, config.hashSecret)).toBe(
      '5ffb9540021d0cd8280f67ab7a62e74a825434bfe4e2a4ad6c2fd43803adabc1d84ffc1c97f3de3b63a154742e0ede53a564778d6a85b3aad44f9d49d62c3255',
    );
    expect(vnpaySign(params, config.hashSecret)).not.toBe(vnpaySign(params, `${config.hashSecret}x`));
  });

  it('builds a payment URL whose amount is đồng × 100 and whose signature verifies', () => {
    const url = new URL(
      buildVnpayUrl(config, {
        reference: 'P7K3F2ABCD',
        amount: 245_000,
        orderInfo: 'Thanh toan don QNG-7K3F2',
        clientIp: '127.0.0.1',
        createdAt: new Date('2026-11-26T04:00:00Z'),
        expiresAt: new Date('2026-11-26T04:15:00Z'),
      }),
    );
    const params = Object.fromEntries(url.searchParams);
    expect(params.vnp_Amount).toBe('24500000');
    expect(params.vnp_Version).toBe('2.1.0');
    expect(params.vnp_CreateDate).toBe('20261126110000');
    expect(isVnpaySignatureValid(params, config.hashSecret)).toBe(true);
    expect(isVnpaySignatureValid({ ...params, vnp_Amount: '100' }, config.hashSecret)).toBe(false);
    expect(isVnpaySignatureValid({ ...params, vnp_SecureHash: 'abc' }, config.hashSecret)).toBe(false);
  });

  it('writes dates in Vietnam time', () => {
    expect(vnpayDate(new Date('2026-12-31T20:30:05Z'))).toBe('20270101033005');
  });
});
