import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface WorkbookColumn<Row> {
  header: string;
  width?: number;
  /** `money` is VND without decimals (`#,##0 ₫`), `date` a calendar date, `dateTime` to the minute. */
  format?: 'text' | 'number' | 'money' | 'date' | 'dateTime';
  value(row: Row): string | number | Date | null | undefined;
}

export interface WorkbookSheet<Row> {
  name: string;
  columns: readonly WorkbookColumn<Row>[];
  rows: readonly Row[];
}

const NUMBER_FORMATS = {
  text: '@',
  number: '#,##0',
  money: '#,##0 "₫"',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
} as const;

/** Every list staff would send on: one sheet per list, a bold frozen header, formats Excel understands. */
export async function workbookOf<Row>(sheets: readonly WorkbookSheet<Row>[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sàn giao dịch TMĐT Quảng Ngãi';
  book.created = new Date();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width ?? 18,
      style: column.format && column.format !== 'text' ? { numFmt: NUMBER_FORMATS[column.format] } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      ws.addRow(
        sheet.columns.map((column) => {
          const value = column.value(row);
          // dates travel as ISO strings in the API's answers; Excel wants a Date to format and sort
          if ((column.format === 'date' || column.format === 'dateTime') && typeof value === 'string') return new Date(value);
          return value ?? null;
        }),
      );
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Sends a workbook as a download named `fileName` (without extension; the date is added). */
export async function sendWorkbook<Row>(reply: FastifyReply, fileName: string, sheets: readonly WorkbookSheet<Row>[]) {
  const body = await workbookOf(sheets);
  const day = new Date().toISOString().slice(0, 10);
  const name = `${fileName}-${day}.xlsx`;
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(body);
}

/**
 * Every page of a keyset-paginated list, for an export: follows `nextCursor` until the end or
 * `maxRows` (an export of a whole table is a report, not a page: the cap keeps one click from
 * holding the process for minutes).
 */
export async function collectPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
  maxRows = 50_000,
): Promise<{ items: Item[]; truncated: boolean }> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.nextCursor || page.items.length === 0) return { items, truncated: false };
    if (items.length >= maxRows) return { items: items.slice(0, maxRows), truncated: true };
    cursor = page.nextCursor;
  }
}
