import { randomBytes } from 'node:crypto';
import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let rival: Person;
let admin: Person;
let enterpriseId: string;
let rivalEnterpriseId: string;

const HEADERS = [
  'Tên sản phẩm *',
  'Mã danh mục *',
  'Giá bán lẻ (đ) *',
  'Đơn vị *',
  'Tồn kho *',
  'Mua tối thiểu',
  'Giá sỉ (SL:giá; …)',
  'Mô tả',
];

/** An .xlsx with the template's header and these rows (cells in HEADERS' order). */
async function sheetOf(rows: (string | number | null)[][], headers = HEADERS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sản phẩm');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** `count` good rows named `prefix n`, with rows 11, 23 and 40 of the sheet (items 10, 22, 39) broken. */
function fiftyRowsWithThreeBad(prefix: string): (string | number | null)[][] {
  return Array.from({ length: 50 }, (_, index) => {
    const sheetRow = index + 2;
    const name = sheetRow === 40 ? null : `${prefix} ${index + 1}`;
    const category = sheetRow === 23 ? 'khong-co-danh-muc-nay' : 'toi-hanh-gia-vi';
    const price = sheetRow === 11 ? -5000 : 100_000 + index * 1000;
    return [name, category, price, 'kg', 20 + index, 1, '10:90000; 50:80.000', `Mô tả ${index + 1}`];
  });
}

function multipart(
  file: Buffer,
  fields: Record<string, string> = {},
  filename = 'san-pham.xlsx',
  type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
) {
  const boundary = `----test${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (person: Person, enterprise: string, file: Buffer, query = '', fields: Record<string, string> = {}) => {
  const body = multipart(file, fields);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${enterprise}/product-imports${query}`,
    headers: { ...body.headers, authorization: `Bearer ${person.token}` },
    payload: body.payload,
  });
};

const getImport = async (id: string, person = owner, enterprise = enterpriseId) =>
  t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterprise}/product-imports/${id}`, ...as(person) });

const waitFinished = (id: string, timeoutMs = 30_000) =>
  eventually(async () => {
    const job = (await getImport(id)).json();
    return job.status === 'finished' ? job : undefined;
  }, timeoutMs);

const productCount = async (enterprise: string) =>
  Number(
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM catalog.products WHERE enterprise_id = ${enterprise}`,
      )
    )[0]?.n,
  );

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@nhapexcel.vn');
  rival = await signUp(t, 'chu@doithu-excel.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'HTX Nhập Excel');
  rivalEnterpriseId = await approvedEnterprise(t, rival, admin, 'Doanh nghiệp Đối Thủ');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('the import template', () => {
  it('has the columns, an example row that passes the check, and the categories on a second sheet', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/product-imports/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const products = book.getWorksheet('Sản phẩm');
    const headers = ((products?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['Tên sản phẩm *', 'Mã danh mục *', 'Giá bán lẻ (đ) *', 'Đơn vị *', 'Tồn kho *']);
    expect(headers).toContain('Giá sỉ (SL:giá; …)');
    const categories = book.getWorksheet('Danh mục');
    expect(categories?.rowCount).toBeGreaterThan(5);
    const slugs = categories?.getColumn(1).values.slice(2) as string[];
    expect(slugs).toContain('toi-hanh-gia-vi');

    // the template as downloaded is a valid one-row import
    const check = await upload(owner, enterpriseId, response.rawPayload, '?dryRun=true');
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ total: 1, valid: 1, invalid: 0 });
  });
});

describe('a 50-row sheet with three bad rows', () => {
  it('dry run: exactly rows 11, 23 and 40 are refused, each with its field; nothing is written', async () => {
    const before = await productCount(enterpriseId);
    const response = await upload(owner, enterpriseId, await sheetOf(fiftyRowsWithThreeBad('Mạch nha')), '?dryRun=true');
    expect(response.statusCode).toBe(200);
    const result = response.json() as {
      total: number;
      valid: number;
      invalid: number;
      rows: { row: number; ok: boolean; errors: { field: string; code: string }[] }[];
    };
    expect(result).toMatchObject({ total: 50, valid: 47, invalid: 3 });
    const bad = result.rows.filter((row) => !row.ok);
    expect(bad.map((row) => row.row)).toEqual([11, 23, 40]);
    expect(bad.map((row) => row.errors.map((error) => [error.field, error.code]))).toEqual([
      [['price', 'too_small']],
      [['category', 'unknown_category']],
      [['name', 'required']],
    ]);
    expect(result.rows.filter((row) => row.ok).every((row) => row.errors.length === 0)).toBe(true);
    expect(await productCount(enterpriseId)).toBe(before);
  });

  it('checked, then started: 47 drafts created in the background, the 3 refused rows kept with their errors', async () => {
    const before = await productCount(enterpriseId);
    const checked = await upload(owner, enterpriseId, await sheetOf(fiftyRowsWithThreeBad('Kẹo gương')), '?start=false');
    expect(checked.statusCode).toBe(201);
    const job = checked.json();
    expect(job).toMatchObject({ status: 'checked', total: 50, valid: 47, invalid: 3, done: 0, created: 0 });
    // checking creates nothing
    expect(await productCount(enterpriseId)).toBe(before);

    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/product-imports/${job.id}/start`,
      ...as(owner),
    });
    expect(started.statusCode).toBe(202);
    expect(['queued', 'running', 'finished']).toContain(started.json().status);
    // a second click does not start it again
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/product-imports/${job.id}/start`,
      ...as(owner),
    });
    expect(again.statusCode).toBe(200);

    const finished = await waitFinished(job.id);
    expect(finished).toMatchObject({ total: 50, valid: 47, invalid: 3, done: 47, created: 47, failed: 0 });
    expect(finished.rows.filter((row: { ok: boolean }) => !row.ok).map((row: { row: number }) => row.row)).toEqual([11, 23, 40]);
    expect(await productCount(enterpriseId)).toBe(before + 47);

    const listed = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/products?status=draft`, ...as(owner) })
    ).json().items as { name: string; price: number; wholesaleTiers: { minQty: number; price: number }[] }[];
    const imported = listed.filter((product) => product.name.startsWith('Kẹo gương'));
    expect(imported).toHaveLength(47);
    expect(imported.find((product) => product.name === 'Kẹo gương 1')).toMatchObject({
      price: 100_000,
      wholesaleTiers: [
        { minQty: 10, price: 90_000 },
        { minQty: 50, price: 80_000 },
      ],
    });

    // the list of imports shows it
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/product-imports`, ...as(owner) });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(job.id);
  });

  it('a job run again (a crash between creating a product and recording it) creates nothing twice', async () => {
    const response = await upload(owner, enterpriseId, await sheetOf(fiftyRowsWithThreeBad('Đường phèn')));
    expect(response.statusCode).toBe(202);
    const job = await waitFinished(response.json().id);
    const before = await productCount(enterpriseId);
    const row = job.rows.find((one: { state: string }) => one.state === 'created');
    // as if the runner died after the product was created, before the row was settled
    await t.database.db.execute(
      sql`UPDATE catalog.product_import_rows SET state = 'creating', product_id = NULL, claimed_at = now() - interval '10 minutes'
          WHERE import_id = ${job.id} AND row_no = ${row.row}`,
    );
    await t.database.db.execute(
      sql`UPDATE catalog.product_imports SET status = 'running', finished_at = NULL WHERE id = ${job.id}`,
    );
    await t.database.db.execute(
      sql`INSERT INTO catalog.outbox (type, payload) VALUES ('catalog.product-import.batch-done',
          ${JSON.stringify({ importId: job.id, enterpriseId, batch: 7 })}::jsonb)`,
    );
    const again = await waitFinished(job.id);
    expect(again.created).toBe(47);
    expect(again.rows.find((one: { row: number }) => one.row === row.row)).toMatchObject({
      state: 'created',
      productId: row.productId,
    });
    expect(await productCount(enterpriseId)).toBe(before);
  });
});

describe('who may import, and what', () => {
  it('a member of another enterprise can neither import into it nor read its imports', async () => {
    const file = await sheetOf(fiftyRowsWithThreeBad('Tỏi'));
    expectProblem(await upload(rival, enterpriseId, file), 403);
    expectProblem(await upload(rival, enterpriseId, file, '?dryRun=true'), 403);
    const mine = await upload(owner, enterpriseId, file, '?start=false');
    expectProblem(await getImport(mine.json().id, rival), 404);
    // nor through their own enterprise's address
    expectProblem(await getImport(mine.json().id, rival, rivalEnterpriseId), 404);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/enterprises/${enterpriseId}/product-imports/${mine.json().id}/start`,
        ...as(rival),
      }),
      403,
    );
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/products.xlsx`, ...as(rival) }),
      403,
    );
  });

  it('a file that is not a spreadsheet, a sheet without the required columns, no file: clear problems', async () => {
    const csv = multipart(Buffer.from('Tên sản phẩm,Giá\nTỏi,1000\n'), {}, 'san-pham.csv', 'text/csv');
    const notXlsx = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/product-imports?dryRun=true`,
      headers: { ...csv.headers, authorization: `Bearer ${owner.token}` },
      payload: csv.payload,
    });
    expect(expectProblem(notXlsx, 415).code).toBe('CATALOG_IMPORT_FILE_TYPE');
    const noColumns = await upload(
      owner,
      enterpriseId,
      await sheetOf([['Tỏi', 1000]], ['Tên sản phẩm', 'Giá bán lẻ']),
      '?dryRun=true',
    );
    const problem = expectProblem(noColumns, 400) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('CATALOG_IMPORT_COLUMNS');
    expect(problem.errors.map((error) => error.path)).toEqual([
      '/file/columns/category',
      '/file/columns/unit',
      '/file/columns/stock',
    ]);
    const empty = await upload(owner, enterpriseId, await sheetOf([]), '?dryRun=true');
    expect(expectProblem(empty, 400).code).toBe('CATALOG_IMPORT_EMPTY');
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/product-imports`,
      ...as(owner, {}),
    });
    expectProblem(noFile, 400);
    const allBad = await upload(owner, enterpriseId, await sheetOf([[null, 'x', 0, 'kg', 1]]));
    expect(expectProblem(allBad, 422).code).toBe('CATALOG_IMPORT_NOTHING_VALID');
  });

  it('JSON rows are checked as POST /products checks a body', async () => {
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as { id: string }[];
    const categoryId = tree[0]?.id;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/product-imports?dryRun=true`,
      ...as(owner, {
        rows: [
          { name: 'Tỏi', description: '', categoryId, price: 1000, unit: 'kg', stock: 1 },
          { name: 'Tỏi', description: '', categoryId, price: '12.000', unit: 'kg', stock: 1 },
          { name: 'Tỏi', description: '', categoryId, price: 1000, unit: 'kg', stock: 1, colour: 'đỏ' },
        ],
      }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().rows.map((row: { ok: boolean }) => row.ok)).toEqual([true, false, false]);
  });

  it('refuses a row priced 0 đồng (or with a 0 wholesale price) with the row’s error, as POST /products does', async () => {
    const before = await productCount(enterpriseId);
    const sheet = await sheetOf([
      ['Tỏi miễn phí', 'toi-hanh-gia-vi', 0, 'kg', 10, null, null, 'Không bán được giá 0 đồng'],
      ['Tỏi một đồng', 'toi-hanh-gia-vi', 1, 'kg', 10, null, null, null],
      ['Tỏi sỉ 0 đồng', 'toi-hanh-gia-vi', 50_000, 'kg', 10, null, '10:0', null],
    ]);
    const response = await upload(owner, enterpriseId, sheet, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    const result = response.json() as {
      valid: number;
      invalid: number;
      rows: { row: number; ok: boolean; errors: { field: string; code: string }[] }[];
    };
    expect(result).toMatchObject({ valid: 1, invalid: 2 });
    expect(result.rows.map((row) => [row.row, row.ok, row.errors.map((error) => [error.field, error.code])])).toEqual([
      [2, false, [['price', 'too_small']]],
      [3, true, []],
      [4, false, [['wholesaleTiers', 'too_small']]],
    ]);
    expect(await productCount(enterpriseId)).toBe(before);
  });
});

describe('export', () => {
  it('writes the enterprise’s products in the import’s columns, and the file imports back', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${enterpriseId}/products.xlsx`,
      ...as(owner),
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sản phẩm');
    const total = await productCount(enterpriseId);
    expect(sheet?.rowCount).toBe(total + 1);
    const check = await upload(owner, enterpriseId, response.rawPayload, '?dryRun=true');
    expect(check.json()).toMatchObject({ total, valid: total, invalid: 0 });
  });
});

describe('a thousand rows', () => {
  it('are checked and imported in one go', async () => {
    const rows = Array.from({ length: 1000 }, (_, index) => [
      `Nước mắm Sa Huỳnh ${index + 1}`,
      'toi-hanh-gia-vi',
      50_000 + index,
      'chai',
      100,
      1,
      '',
      'Nước mắm cá cơm',
    ]);
    const file = await sheetOf(rows);
    const before = await productCount(enterpriseId);
    const startedAt = Date.now();
    const response = await upload(owner, enterpriseId, file);
    expect(response.statusCode).toBe(202);
    const checkedMs = Date.now() - startedAt;
    const job = await waitFinished(response.json().id, 180_000);
    const totalMs = Date.now() - startedAt;
    console.info(`1,000-row import: checked and stored in ${checkedMs} ms, all created in ${totalMs} ms`);
    expect(job).toMatchObject({ total: 1000, created: 1000, failed: 0, invalid: 0 });
    expect(await productCount(enterpriseId)).toBe(before + 1000);
  }, 240_000);
});
