import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataExport, toCsv } from './data-export.ts';

describe('the data export', () => {
  it('writes CSV with every key as a column, quoting what must be quoted, nested values as JSON', () => {
    const csv = toCsv([
      { code: 'QNG-1', note: 'Giao "sớm", trước 9 giờ' },
      { code: 'QNG-2', address: { street: '1 Lê Lợi' } },
    ]);
    expect(csv).toBe('\uFEFFcode,note,address\r\nQNG-1,"Giao ""sớm"", trước 9 giờ",\r\nQNG-2,,"{""street"":""1 Lê Lợi""}"\r\n');
  });

  it('zips a JSON and a CSV per section and a README naming each', () => {
    const zip = buildDataExport(
      [{ name: 'orders', description: 'Đơn hàng bạn đã đặt', rows: [{ code: 'QNG-1', total: 125_000 }] }],
      new Date('2026-12-06T10:00:00Z'),
      'Sàn TMĐT Quảng Ngãi',
    );
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'orders.csv', 'orders.json']);
    expect(JSON.parse(strFromU8(files['orders.json'] as Uint8Array))).toEqual([{ code: 'QNG-1', total: 125_000 }]);
    expect(strFromU8(files['README.txt'] as Uint8Array)).toContain('- orders: Đơn hàng bạn đã đặt (1 dòng)');
  });
});
