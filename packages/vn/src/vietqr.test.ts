import { describe, expect, it } from 'vitest';
import { buildVietQr, crc16CcittFalse, parseVietQr, vietQrMemo } from './vietqr.ts';

// the public example payload of the NAPAS VietQR specification
const VECTOR =
  '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8';

describe('VietQR', () => {
  it('computes CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1');
  });

  it('builds the public vector byte for byte', () => {
    expect(buildVietQr({ bankBin: '970416', accountNo: '257678859', amount: 1000, memo: 'Chuyen tien' })).toBe(VECTOR);
  });

  it('parses the vector and checks its CRC', () => {
    expect(parseVietQr(VECTOR)).toEqual({ bankBin: '970416', accountNo: '257678859', amount: 1000, memo: 'Chuyen tien' });
    expect(() => parseVietQr(VECTOR.replace('1000', '9000'))).toThrow(/CRC/);
  });

  it('folds the memo to ASCII and keeps the order code readable', () => {
    expect(vietQrMemo('Thanh toán đơn QNG-7K3F2')).toBe('Thanh toan don QNG-7K3F2');
    const payload = buildVietQr({ bankBin: '970436', accountNo: '0123456789', amount: 245000, memo: 'Đơn QNG-7K3F2' });
    expect(parseVietQr(payload)).toMatchObject({ amount: 245000, memo: 'Don QNG-7K3F2' });
  });

  it('makes a static code without an amount', () => {
    const payload = buildVietQr({ bankBin: '970436', accountNo: '0123456789' });
    expect(payload.slice(6, 12)).toBe('010211');
    expect(parseVietQr(payload).amount).toBeUndefined();
  });

  it('refuses bad bank data and non-integer amounts', () => {
    expect(() => buildVietQr({ bankBin: '97043', accountNo: '1' })).toThrow(RangeError);
    expect(() => buildVietQr({ bankBin: '970436', accountNo: '12 34' })).toThrow(RangeError);
    expect(() => buildVietQr({ bankBin: '970436', accountNo: '1234', amount: 10.5 })).toThrow(RangeError);
  });
});
