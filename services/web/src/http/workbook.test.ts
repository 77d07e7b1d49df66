import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collectPages, workbookOf } from './workbook.ts';

describe('workbook', () => {
  it('writes a sheet Excel reads back: header, Vietnamese text, money and dates as typed cells', async () => {
    const rows = [
      { name: 'Tỏi Lý Sơn', total: 1_234_000, at: '2026-11-26T03:00:00.000Z' },
      { name: 'Đường phèn', total: 95_000, at: '2026-11-27T10:30:00.000Z' },
    ];
    const buffer = await workbookOf([
      {
        name: 'Đơn hàng',
        columns: [
          { header: 'Sản phẩm', value: (row: (typeof rows)[number]) => row.name },
          { header: 'Tổng', format: 'money', value: (row: (typeof rows)[number]) => row.total },
          { header: 'Ngày', format: 'date', value: (row: (typeof rows)[number]) => row.at },
        ],
        rows,
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Đơn hàng');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Sản phẩm', 'Tổng', 'Ngày']);
    expect(sheet?.getCell('A2').value).toBe('Tỏi Lý Sơn');
    expect(sheet?.getCell('B2').value).toBe(1_234_000);
    expect(sheet?.getCell('B2').numFmt).toBe('#,##0 "₫"');
    expect(sheet?.getCell('C3').value).toEqual(new Date('2026-11-27T10:30:00.000Z'));
    expect(sheet?.rowCount).toBe(3);
  });

  it('follows cursors to the end, and stops at the cap saying so', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3, 4], nextCursor: 'c' },
      c: { items: [5], nextCursor: null },
    };
    const fetchPage = async (cursor: string | undefined) => pages[cursor ?? 'start'] ?? { items: [], nextCursor: null };
    expect(await collectPages(fetchPage)).toEqual({ items: [1, 2, 3, 4, 5], truncated: false });
    expect(await collectPages(fetchPage, 3)).toEqual({ items: [1, 2, 3], truncated: true });
  });
});
