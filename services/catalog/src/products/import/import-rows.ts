import { foldVietnamese } from '@tradeqn/vn';
import type { Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { checkTiers } from '../product-rules.ts';
import { CreateProductBody } from '../product-schemas.ts';
import type { ImportRowError } from './import-schema.ts';
import type { CategoryEntry, Cell, ColumnKey, SheetRow } from './import-sheet.ts';

/** A row as POST /products takes it, without `enterpriseId` and `submit` (the import's). */
export type RowInput = Omit<Static<typeof CreateProductBody>, 'enterpriseId' | 'submit'>;

/** A row after the check: the product it would create, and every field it fails on (none when valid). */
export interface CheckedRow {
  rowNo: number;
  name: string;
  input: Record<string, unknown>;
  errors: ImportRowError[];
}

/** The same compiled schema the route's body is: the import and POST /products refuse the same rows. */
const createBody = Compile(CreateProductBody);

/** Fields of the product whose sheet column is named otherwise. */
const COLUMN_OF_FIELD: Record<string, ColumnKey> = { categoryId: 'category' };

const TEXT_FIELDS = [
  'name',
  'description',
  'origin',
  'ocopCertificateNo',
  'ocopIssuer',
  'manufacturer',
  'netQuantity',
  'ingredients',
  'storage',
  'warnings',
] as const;
const WHOLE_NUMBER_FIELDS = ['price', 'stock', 'minOrderQty', 'ocopStars'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fold = (text: string) => foldVietnamese(text.normalize('NFC').trim()).toLowerCase().replace(/\s+/g, ' ');

/** Finds the category a cell names: its id, its code (slug), or its name or path when only one has it. */
export function createCategoryFinder(categories: readonly CategoryEntry[]) {
  const byKey = new Map<string, CategoryEntry[]>();
  const add = (key: string, category: CategoryEntry) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(category)) list.push(category);
    byKey.set(key, list);
  };
  for (const category of categories) {
    add(category.id.toLowerCase(), category);
    add(fold(category.slug), category);
    add(fold(category.name), category);
    add(fold(category.path.replace(/\s*›\s*/g, ' › ')), category);
  }
  return (text: string): { category?: CategoryEntry; isAmbiguous: boolean } => {
    const found = byKey.get(UUID.test(text) ? text.toLowerCase() : fold(text.replace(/\s*[›>/]\s*/g, ' › '))) ?? [];
    return found.length === 1 ? { category: found[0] as CategoryEntry, isAmbiguous: false } : { isAmbiguous: found.length > 1 };
  };
}

const asText = (cell: Cell): string =>
  cell instanceof Date
    ? cell.toISOString().slice(0, 10)
    : String(cell ?? '')
        .normalize('NFC')
        .trim();

/** A whole number as a seller writes it in a cell: 350000, "350.000", "350,000 đ". */
function wholeNumber(cell: Cell): number | 'not_number' | 'not_whole' {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : 'not_whole';
  const text = asText(cell)
    .replace(/\s*(đ|₫|vnđ|vnd|dong|đồng)$/i, '')
    .replace(/\s+/g, '');
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?\d+[.,]\d+$/.test(text)) return 'not_whole';
  return 'not_number';
}

/** `01/03/2025`, `1/3/2025`, `2025-03-01` or a date cell → `2025-03-01`; null when it is no real date. */
function isoDate(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const text = asText(cell);
  const vn = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [year, month, day] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

/** `10:320000; 50:300000` → tiers; null when a part is not `quantity:price`. */
function tiersOf(cell: Cell): { minQty: number; price: number }[] | null {
  const parts = asText(cell)
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const tiers = [];
  for (const part of parts) {
    const match = part.match(/^([^:=]+)[:=](.+)$/);
    const minQty = match ? wholeNumber(match[1]?.trim() ?? '') : 'not_number';
    const price = match ? wholeNumber(match[2]?.trim() ?? '') : 'not_number';
    if (typeof minQty !== 'number' || typeof price !== 'number') return null;
    tiers.push({ minQty, price });
  }
  return tiers;
}

/** A sheet row → the product it describes, with what could not be read as the product's field. */
export function rowToInput(row: SheetRow, findCategory: ReturnType<typeof createCategoryFinder>) {
  const { cells } = row;
  const input: Record<string, unknown> = { description: '' };
  const errors: ImportRowError[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  for (const field of TEXT_FIELDS) {
    if (cells[field] !== null && cells[field] !== undefined) input[field] = asText(cells[field]);
  }
  for (const field of WHOLE_NUMBER_FIELDS) {
    const cell = cells[field];
    if (cell === null || cell === undefined) continue;
    const value = wholeNumber(cell);
    if (value === 'not_number') fail(field, 'not_number', 'must be a number');
    else if (value === 'not_whole') fail(field, 'not_whole', 'must be a whole number');
    else input[field] = value;
  }
  if (cells.category !== null && cells.category !== undefined) {
    const { category, isAmbiguous } = findCategory(asText(cells.category));
    if (category) input.categoryId = category.id;
    else if (isAmbiguous) fail('category', 'ambiguous_category', 'names several categories: use its code');
    else fail('category', 'unknown_category', 'is not a category (see the "Danh mục" sheet)');
  }
  if (cells.unit !== null && cells.unit !== undefined) input.unit = asText(cells.unit).toLowerCase();
  if (cells.vatCategory !== null && cells.vatCategory !== undefined) {
    input.vatCategory = asText(cells.vatCategory).replace(/%$/, '').toUpperCase();
  }
  if (cells.wholesaleTiers !== null && cells.wholesaleTiers !== undefined) {
    const tiers = tiersOf(cells.wholesaleTiers);
    if (tiers) input.wholesaleTiers = tiers;
    else fail('wholesaleTiers', 'bad_tiers', 'must be "quantity:price; quantity:price"');
  }
  for (const field of ['ocopIssuedOn', 'ocopExpiresOn'] as const) {
    const cell = cells[field];
    if (cell === null || cell === undefined) continue;
    const date = isoDate(cell);
    if (date) input[field] = date;
    else fail(field, 'bad_date', 'must be a date (dd/mm/yyyy)');
  }
  return { input, errors };
}

const CODE_OF_KEYWORD: Record<string, string> = {
  required: 'required',
  minLength: 'required',
  pattern: 'required',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maximum: 'too_large',
  maxLength: 'too_long',
  maxItems: 'too_long',
  enum: 'not_allowed',
  const: 'not_allowed',
  anyOf: 'not_allowed',
  format: 'invalid',
  type: 'invalid',
};

/**
 * Checks a product as POST /products does: its body schema (compiled from the route's), then
 * the service's rules that need no database — wholesale tiers against the retail price and
 * the minimum order, the OCOP certificate's dates — as product-service's `validate` applies
 * them (the category was found when the row was read). Creating it later runs the service's
 * own check again; a row it refuses then is reported as failed, with its errors.
 */
export function checkInput(input: Record<string, unknown>, enterpriseId: string, known: ImportRowError[] = []): ImportRowError[] {
  const errors = [...known];
  const seen = new Set(known.map((error) => error.field));
  const add = (field: string, code: string, message: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    errors.push({ field, code, message });
  };
  const body = { ...input, enterpriseId, submit: false };
  if (!createBody.Check(body)) {
    for (const error of createBody.Errors(body)) {
      const code = CODE_OF_KEYWORD[error.keyword] ?? 'invalid';
      if (error.keyword === 'required') {
        const missing = (error.params as { requiredProperties?: string[] }).requiredProperties ?? [];
        for (const field of missing) add(COLUMN_OF_FIELD[field] ?? field, 'required', 'is required');
        continue;
      }
      const field = error.instancePath.split('/')[1] ?? '';
      if (field) add(COLUMN_OF_FIELD[field] ?? field, code, error.message);
    }
  }
  if (!seen.has('price') && !seen.has('minOrderQty') && !seen.has('wholesaleTiers') && Array.isArray(input.wholesaleTiers)) {
    const problems = checkTiers(
      input.wholesaleTiers as { minQty: number; price: number }[],
      Number(input.price),
      Number(input.minOrderQty ?? 1),
    );
    if (problems[0])
      add('wholesaleTiers', 'tiers', `${problems[0].path.replace('/body/wholesaleTiers/', 'tier ')} ${problems[0].message}`);
  }
  const { ocopIssuedOn, ocopExpiresOn } = input;
  if (typeof ocopIssuedOn === 'string' && typeof ocopExpiresOn === 'string' && ocopExpiresOn <= ocopIssuedOn) {
    add('ocopExpiresOn', 'date_order', 'must come after ocopIssuedOn');
  }
  return errors;
}

/** Reads and checks every row of a sheet. */
export function checkRows(rows: readonly SheetRow[], enterpriseId: string, categories: readonly CategoryEntry[]): CheckedRow[] {
  const findCategory = createCategoryFinder(categories);
  return rows.map((row) => {
    const { input, errors } = rowToInput(row, findCategory);
    return { rowNo: row.rowNo, name: String(input.name ?? ''), input, errors: checkInput(input, enterpriseId, errors) };
  });
}

/** Rows sent as JSON (already the product's fields): checked the same way, numbered from 1. */
export function checkJsonRows(
  rows: readonly Record<string, unknown>[],
  enterpriseId: string,
  categories: readonly CategoryEntry[],
): CheckedRow[] {
  const ids = new Set(categories.map((category) => category.id));
  return rows.map((input, index) => {
    const { categoryId } = input;
    const known: ImportRowError[] =
      typeof categoryId === 'string' && UUID.test(categoryId) && !ids.has(categoryId)
        ? [{ field: 'category', code: 'unknown_category', message: 'is not a category (GET /api/v1/categories)' }]
        : [];
    return {
      rowNo: index + 1,
      name: typeof input.name === 'string' ? input.name : '',
      input,
      errors: checkInput(input, enterpriseId, known),
    };
  });
}

/** A refusal of the product service (problem fields `/body/price`…) as the row's errors. */
export function errorsOfProblem(
  code: string,
  message: string,
  fields: readonly { path: string; message: string }[] = [],
): ImportRowError[] {
  if (fields.length === 0) return [{ field: '_row', code, message }];
  return fields.map((field) => {
    const name = field.path.replace(/^\/body\//, '').split('/')[0] ?? '_row';
    return {
      field: COLUMN_OF_FIELD[name] ?? name,
      code: code === 'CATALOG_INVALID_INPUT' ? 'invalid' : code,
      message: field.message,
    };
  });
}
