import { foldVietnamese } from '@tradeqn/vn';
import ExcelJS from 'exceljs';
import { UNITS, VAT_CATEGORIES } from '../../contract/index.ts';
import type { WholesaleTier } from '../../db/schema.ts';
import { importErrors } from './import-errors.ts';

/** A product field the sheet has a column for (every field of POST /products except images). */
export type ColumnKey =
  | 'name'
  | 'category'
  | 'price'
  | 'unit'
  | 'stock'
  | 'minOrderQty'
  | 'wholesaleTiers'
  | 'description'
  | 'origin'
  | 'ocopStars'
  | 'ocopCertificateNo'
  | 'ocopIssuer'
  | 'ocopIssuedOn'
  | 'ocopExpiresOn'
  | 'manufacturer'
  | 'netQuantity'
  | 'ingredients'
  | 'storage'
  | 'warnings'
  | 'vatCategory';

export interface ImportColumn {
  key: ColumnKey;
  /** The header the template writes (Vietnamese; `*` marks a column every row must fill). */
  header: string;
  /** Other headers taken for this column (folded, without `*` and brackets). */
  aliases?: string[];
  isRequired?: boolean;
  width: number;
  /** What the template's guide says of the column. */
  note: string;
  example: string | number;
}

/**
 * The sheet's columns, in the template's order. The export writes the same ones (plus a status
 * and the product's id at the end, which an import ignores), so an export opens back in the import.
 */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'name',
    header: 'Tên sản phẩm *',
    isRequired: true,
    width: 36,
    note: 'Tối đa 200 ký tự',
    example: 'Tỏi Lý Sơn cô đơn',
  },
  {
    key: 'category',
    header: 'Mã danh mục *',
    aliases: ['danh muc'],
    isRequired: true,
    width: 26,
    note: 'Mã (hoặc tên) danh mục ở trang "Danh mục"',
    example: 'nong-san',
  },
  {
    key: 'price',
    header: 'Giá bán lẻ (đ) *',
    aliases: ['gia ban le', 'gia'],
    isRequired: true,
    width: 16,
    note: 'Số nguyên đồng, ví dụ 350000 hoặc 350.000',
    example: 350_000,
  },
  {
    key: 'unit',
    header: 'Đơn vị *',
    isRequired: true,
    width: 10,
    note: `Một trong: ${UNITS.join(', ')}`,
    example: 'kg',
  },
  { key: 'stock', header: 'Tồn kho *', isRequired: true, width: 10, note: 'Số nguyên từ 0', example: 120 },
  { key: 'minOrderQty', header: 'Mua tối thiểu', width: 12, note: 'Bỏ trống là 1', example: 1 },
  {
    key: 'wholesaleTiers',
    header: 'Giá sỉ (SL:giá; …)',
    aliases: ['gia si'],
    width: 24,
    note: 'Mỗi bậc "số lượng:đơn giá", cách nhau bằng dấu chấm phẩy; số lượng tăng dần, giá giảm dần, dưới giá lẻ',
    example: '10:320000; 50:300000',
  },
  { key: 'description', header: 'Mô tả', width: 40, note: 'Tối đa 5.000 ký tự', example: 'Tỏi một tép trồng trên cát biển.' },
  { key: 'origin', header: 'Xuất xứ', width: 22, note: 'Nơi sản xuất', example: 'Đặc khu Lý Sơn, Quảng Ngãi' },
  {
    key: 'ocopStars',
    header: 'OCOP (số sao)',
    aliases: ['ocop'],
    width: 10,
    note: '3, 4 hoặc 5; bỏ trống nếu không có',
    example: 4,
  },
  {
    key: 'ocopCertificateNo',
    header: 'Số quyết định OCOP',
    aliases: ['so qd ocop'],
    width: 18,
    note: 'Số quyết định công nhận',
    example: '123/QĐ-UBND',
  },
  { key: 'ocopIssuer', header: 'Cơ quan cấp OCOP', width: 22, note: 'Cơ quan ra quyết định', example: 'UBND tỉnh Quảng Ngãi' },
  { key: 'ocopIssuedOn', header: 'Ngày cấp OCOP', width: 14, note: 'dd/mm/yyyy', example: '01/03/2025' },
  { key: 'ocopExpiresOn', header: 'Ngày hết hạn OCOP', width: 16, note: 'dd/mm/yyyy, sau ngày cấp', example: '01/03/2028' },
  {
    key: 'manufacturer',
    header: 'Nhà sản xuất',
    width: 24,
    note: 'Nhà sản xuất / đóng gói',
    example: 'HTX Nông nghiệp Tỏi Lý Sơn',
  },
  { key: 'netQuantity', header: 'Định lượng', width: 12, note: 'Ví dụ 500 g', example: '500 g' },
  { key: 'ingredients', header: 'Thành phần', width: 20, note: 'Tối đa 2.000 ký tự', example: '100% tỏi Lý Sơn' },
  { key: 'storage', header: 'Bảo quản', width: 20, note: 'Cách bảo quản', example: 'Nơi khô ráo, thoáng mát' },
  { key: 'warnings', header: 'Cảnh báo', width: 20, note: 'Lưu ý an toàn', example: '' },
  {
    key: 'vatCategory',
    header: 'Thuế GTGT',
    aliases: ['vat'],
    width: 10,
    note: `Một trong: ${VAT_CATEGORIES.join(', ')} (bỏ trống là KCT)`,
    example: 'KCT',
  },
];

/** The export's columns after the import's (an import reads past them). */
export const EXPORT_EXTRA_HEADERS = ['Trạng thái', 'Mã sản phẩm (ID)'] as const;

export const PRODUCT_SHEET = 'Sản phẩm';
export const CATEGORY_SHEET = 'Danh mục';
const GUIDE_SHEET = 'Hướng dẫn';

/** At most this many product rows in one file (a bigger catalogue goes in several files). */
export const MAX_IMPORT_ROWS = 5000;

export type Cell = string | number | boolean | Date | null;

/** A row of the sheet as read: its number in Excel and each known column's cell. */
export interface SheetRow {
  rowNo: number;
  cells: Partial<Record<ColumnKey, Cell>>;
}

const headerKey = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .toLowerCase()
    .replace(/\(.*?\)|\*/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A cell's value as a person sees it: rich text joined, a formula's result, a link's text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return String(value);
}

/**
 * Reads the products sheet of an .xlsx file (the one named "Sản phẩm", else the first): the
 * header row names the columns (any order; unknown ones are ignored), each later row that is
 * not blank is a product. Throws a 415 for a file that is not a spreadsheet, a 400 for missing
 * columns, no rows or too many.
 */
export async function readSheet(data: Buffer): Promise<SheetRow[]> {
  // an .xlsx is a zip: anything else (a CSV, an old .xls, a picture) is refused before parsing
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) throw importErrors.CATALOG_IMPORT_FILE_TYPE();
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw importErrors.CATALOG_IMPORT_FILE_TYPE();
  }
  const sheet = book.getWorksheet(PRODUCT_SHEET) ?? book.worksheets[0];
  if (!sheet) throw importErrors.CATALOG_IMPORT_EMPTY();
  const byIndex = new Map<number, ColumnKey>();
  sheet.getRow(1).eachCell((cell, index) => {
    const text = headerKey(String(cellValue(cell.value) ?? ''));
    const column = IMPORT_COLUMNS.find(
      (candidate) => headerKey(candidate.header) === text || (candidate.aliases ?? []).includes(text),
    );
    if (column && ![...byIndex.values()].includes(column.key)) byIndex.set(index, column.key);
  });
  const found = new Set(byIndex.values());
  const missing = IMPORT_COLUMNS.filter((column) => column.isRequired && !found.has(column.key));
  if (missing.length > 0) {
    throw importErrors.CATALOG_IMPORT_COLUMNS(
      {
        vi: `Thiếu cột: ${missing.map((column) => column.header.replace(' *', '')).join(', ')} (xem file mẫu)`,
        en: `Missing columns: ${missing.map((column) => column.key).join(', ')} (see the template)`,
      },
      missing.map((column) => ({ path: `/file/columns/${column.key}`, message: `missing column "${column.header}"` })),
    );
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNo) => {
    if (rowNo === 1) return;
    const cells: SheetRow['cells'] = {};
    let isBlank = true;
    for (const [index, key] of byIndex) {
      const value = cellValue(row.getCell(index).value);
      const isEmpty = value === null || (typeof value === 'string' && value.trim() === '');
      if (!isEmpty) isBlank = false;
      cells[key] = isEmpty ? null : value;
    }
    if (!isBlank) rows.push({ rowNo, cells });
  });
  if (rows.length === 0) throw importErrors.CATALOG_IMPORT_EMPTY();
  if (rows.length > MAX_IMPORT_ROWS) {
    throw importErrors.CATALOG_IMPORT_TOO_MANY_ROWS({
      vi: `File có ${rows.length} dòng; mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng`,
      en: `The file has ${rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}`,
    });
  }
  return rows;
}

/** A category as the template lists it. */
export interface CategoryEntry {
  id: string;
  slug: string;
  name: string;
  /** Its ancestors' names and its own, root first ("Nông sản › Tỏi"). */
  path: string;
}

/** A product as the export writes it: the import's fields, its status and its id. */
export interface ExportProduct {
  id: string;
  status: string;
  categorySlug: string;
  input: {
    name: string;
    price: number;
    unit: string;
    stock: number;
    minOrderQty: number;
    wholesaleTiers: WholesaleTier[];
    description: string;
    origin: string | null;
    ocopStars: number | null;
    ocopCertificateNo: string | null;
    ocopIssuer: string | null;
    ocopIssuedOn: string | null;
    ocopExpiresOn: string | null;
    manufacturer: string | null;
    netQuantity: string | null;
    ingredients: string | null;
    storage: string | null;
    warnings: string | null;
    vatCategory: string;
  };
}

/** Wholesale tiers as the sheet writes them: `10:320000; 50:300000`. */
export const formatTiers = (tiers: readonly WholesaleTier[]) => tiers.map((tier) => `${tier.minQty}:${tier.price}`).join('; ');

/** `2025-03-01` → `01/03/2025`, as a Vietnamese reader writes a date. */
const formatDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : null);

function exportCell(product: ExportProduct, key: ColumnKey): Cell {
  const input = product.input;
  switch (key) {
    case 'category':
      return product.categorySlug;
    case 'wholesaleTiers':
      return input.wholesaleTiers.length > 0 ? formatTiers(input.wholesaleTiers) : null;
    case 'ocopIssuedOn':
    case 'ocopExpiresOn':
      return formatDate(input[key]);
    default:
      return input[key] ?? null;
  }
}

const NUMERIC_COLUMNS: readonly ColumnKey[] = ['price', 'stock', 'minOrderQty', 'ocopStars'];

function productSheet(book: ExcelJS.Workbook, extraHeaders: readonly string[]) {
  const sheet = book.addWorksheet(PRODUCT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...IMPORT_COLUMNS.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width,
      // text columns stay text: Excel would turn "1/3" into a date and "0012" into 12
      style: { numFmt: NUMERIC_COLUMNS.includes(column.key) ? '#,##0' : '@' },
    })),
    ...extraHeaders.map((header) => ({ header, width: 20 })),
  ];
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

function categorySheet(book: ExcelJS.Workbook, categories: readonly CategoryEntry[]) {
  const sheet = book.addWorksheet(CATEGORY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Mã danh mục', key: 'slug', width: 30 },
    { header: 'Danh mục', key: 'path', width: 50 },
    { header: 'ID', key: 'id', width: 38 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const category of categories) sheet.addRow({ slug: category.slug, path: category.path, id: category.id });
}

function metadata(book: ExcelJS.Workbook) {
  book.creator = 'Sàn giao dịch TMĐT Quảng Ngãi';
  book.created = new Date();
}

/**
 * The template: the products sheet with its header and one example row, the categories (code,
 * path, id) on a second sheet, and a guide to each column on a third.
 */
export async function templateWorkbook(categories: readonly CategoryEntry[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  metadata(book);
  const sheet = productSheet(book, []);
  const example = categories.find((category) => category.path.includes('›')) ?? categories[0];
  sheet.addRow(
    Object.fromEntries(
      IMPORT_COLUMNS.map((column) => [
        column.key,
        column.key === 'category' ? (example?.slug ?? column.example) : column.example,
      ]),
    ),
  );
  categorySheet(book, categories);
  const guide = book.addWorksheet(GUIDE_SHEET);
  guide.columns = [
    { header: 'Cột', key: 'header', width: 26 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách điền', key: 'note', width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    guide.addRow({ header: column.header.replace(' *', ''), required: column.isRequired ? 'Có' : '', note: column.note });
  }
  guide.addRow({});
  guide.addRow({
    header: 'Lưu ý',
    note: 'Dòng ví dụ ở trang "Sản phẩm" là một sản phẩm như mọi dòng khác: xoá hoặc sửa nó trước khi nhập.',
  });
  guide.addRow({ note: 'Ảnh sản phẩm không nhập qua Excel: thêm ảnh ở trang sửa sản phẩm sau khi nhập.' });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The enterprise's products in the import's columns (and their status and id), with the categories sheet. */
export async function exportWorkbook(products: readonly ExportProduct[], categories: readonly CategoryEntry[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  metadata(book);
  const sheet = productSheet(book, EXPORT_EXTRA_HEADERS);
  for (const product of products) {
    sheet.addRow([...IMPORT_COLUMNS.map((column) => exportCell(product, column.key)), product.status, product.id]);
  }
  categorySheet(book, categories);
  return Buffer.from(await book.xlsx.writeBuffer());
}
