import { describe, expect, it } from 'vitest';
import {
  checkAddress,
  checkBankAccount,
  checkDomain,
  checkPastDate,
  checkPhone,
  checkTaxCode,
  checkWebsite,
  FieldProblems,
  searchTextOf,
} from './enterprise-rules.ts';

describe('enterprise rules', () => {
  it('normalises good values and reports nothing', () => {
    const problems = new FieldProblems();
    expect(checkTaxCode(' 0100109106 ', problems)).toBe('0100109106');
    expect(checkPhone('+84 905 123 456', problems)).toBe('0905123456');
    expect(checkAddress({ provinceCode: '51', wardCode: '21548', street: '  Thôn Đông,  An Vĩnh ' }, problems)).toEqual({
      provinceCode: '51',
      provinceName: 'Quảng Ngãi',
      wardCode: '21548',
      wardName: 'Đặc khu Lý Sơn',
      street: 'Thôn Đông, An Vĩnh',
      adminUnitsVersion: '2025-07-01',
    });
    expect(checkWebsite('https://toilyson.vn', problems)).toBe('https://toilyson.vn/');
    expect(checkDomain('ToiLySon.VN', problems)).toBe('toilyson.vn');
    expect(checkPastDate('2020-05-01', problems, '/body/businessRegDate')).toBe('2020-05-01');
    expect(
      checkBankAccount({ bankBin: '970436', accountNo: '0123 456 789', accountHolder: 'Hợp tác xã Tỏi Lý Sơn' }, problems),
    ).toEqual({
      bankBin: '970436',
      bankName: 'Vietcombank',
      accountNo: '0123456789',
      accountHolder: 'HOP TAC XA TOI LY SON',
    });
    expect(problems.list).toEqual([]);
  });

  it('reports each wrong value at its path', () => {
    const problems = new FieldProblems();
    checkTaxCode('0100109107', problems);
    checkPhone('0123', problems);
    checkAddress({ provinceCode: '01', wardCode: '21548', street: 'x' }, problems);
    checkWebsite('ftp://x', problems);
    checkDomain('not a domain', problems);
    checkPastDate('2999-01-01', problems, '/body/businessRegDate');
    checkBankAccount({ bankBin: '123456', accountNo: '12', accountHolder: '!' }, problems);
    expect(problems.list.map((problem) => problem.path)).toEqual([
      '/body/taxCode',
      '/body/phone',
      '/body/address/wardCode',
      '/body/website',
      '/body/customDomain',
      '/body/businessRegDate',
      '/body/bankBin',
      '/body/accountNo',
      '/body/accountHolder',
    ]);
    expect(problems.list[0]?.message).toContain('check digit');
  });

  it('folds the directory text', () => {
    expect(
      searchTextOf({ name: 'HTX Tỏi Lý Sơn', sectors: ['nông sản'], description: 'Tỏi cô đơn', wardName: 'Đặc khu Lý Sơn' }),
    ).toBe('htx toi ly son nong san dac khu ly son toi co don');
  });
});
