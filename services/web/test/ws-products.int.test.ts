import * as zlib from 'node:zlib';
import { deflateSync } from 'node:zlib';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let rival: Person;
let session: PageSession;
let rivalSession: PageSession;
let shop: string;
let rivalShop: string;
let rivalProduct: string;
let categoryId: string;

/** A real PNG of one colour (what the catalog's image pipeline can read), made without an image library. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crc32 = (zlib as unknown as { crc32(data: Buffer): number }).crc32;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, index) => rgb[index % 3] as number)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface FormFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Posts a multipart form (several fields and files) as the browser would, with the page's CSRF token and cookies. */
async function postMultipart(page: PageSession, url: string, fields: Record<string, string>, files: FormFile[] = []) {
  const token = page.last?.doc.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
  const boundary = `----wsproducts${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: token, ...fields })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = ['tq_at', 'tq_rt', 'tq_csrf']
    .flatMap((name) => (page.cookie(name) ? [`${name}=${page.cookie(name)}`] : []))
    .join('; ');
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { accept: 'text/html', cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
  for (const set of response.cookies as { name: string; value: string }[]) page.setCookie(set.name, set.value);
  const answer = { status: response.statusCode, location: response.headers.location as string | undefined, body: response.body };
  return answer;
}

const productsPath = (enterpriseId = shop) => `/kenh-nguoi-ban/${enterpriseId}/san-pham`;
const errorOf = (page: PageAnswer, name: string) =>
  textOf(page.doc.querySelector(`#field-${name.replace(/[^\w-]/g, '-')}-error`));
const typedValue = (page: PageAnswer, name: string) => page.doc.querySelector(`[name="${name}"]`)?.getAttribute('value');
const flashOf = (page: PageAnswer) => textOf(page.doc.querySelector('.flash'));
const productOf = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(owner) })).json();
const listNames = (page: PageAnswer) => page.doc.querySelectorAll('[data-product-name]').map((link) => textOf(link));

/** The form's fields for a product as a person fills them in. */
const garlic = (overrides: Record<string, string> = {}) => ({
  name: 'Tỏi Lý Sơn cô đơn loại 1',
  categoryId,
  description: 'Tỏi một tép trồng trên cát biển đảo Lý Sơn, phơi khô tự nhiên.',
  origin: 'Đặc khu Lý Sơn, Quảng Ngãi',
  price: '350.000',
  unit: 'kg',
  stock: '120',
  minOrderQty: '2',
  vatCategory: '5',
  'wholesaleTiers.0.minQty': '10',
  'wholesaleTiers.0.price': '320000',
  'wholesaleTiers.1.minQty': '',
  'wholesaleTiers.1.price': '',
  ocopStars: '4',
  ocopCertificateNo: '123/QĐ-UBND',
  ocopIssuer: 'UBND tỉnh Quảng Ngãi',
  ocopIssuedOn: '2025-03-01',
  ocopExpiresOn: '2028-03-01',
  manufacturer: 'HTX Nông nghiệp Tỏi Lý Sơn',
  netQuantity: '500 g',
  ingredients: '100% tỏi Lý Sơn',
  storage: 'Nơi khô ráo, thoáng mát',
  warnings: '',
  intent: 'save',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  [owner, rival] = await Promise.all([signUp(t, 'chu@ws-products.vn'), signUp(t, 'chu@ws-products-doithu.vn')]);
  shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  rivalShop = await approvedEnterprise(t, rival, admin, 'Cơ sở Kẹo Gương Thu Hà');
  rivalProduct = await approvedProduct(t, rival, admin, rivalShop, { name: 'Kẹo gương Thu Hà' });
  session = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
  rivalSession = await signedInSession(t.app, { email: rival.email, password: TEST_PASSWORD });
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as { children: { id: string }[] }[];
  categoryId = tree[0]?.children[0]?.id as string;
});
afterAll(async () => t?.close());

let productId: string;

describe('creating a product through the form', () => {
  it('shows a wrong wholesale tier next to it, keeps everything typed, and saves nothing', async () => {
    const form = await session.get(`${productsPath()}/moi`);
    expect(form.status).toBe(200);
    expect(form.doc.querySelector('form[data-product-form]')?.getAttribute('enctype')).toBe('multipart/form-data');
    expect(form.doc.querySelector('input[name="newImages"]')?.hasAttribute('multiple')).toBe(true);
    expect(form.doc.querySelectorAll('select[name="categoryId"] option').length).toBeGreaterThan(2);
    const refused = await postMultipart(
      session,
      `${productsPath()}/moi`,
      // the tier's price is above retail; the second row has a quantity but no price
      garlic({ 'wholesaleTiers.0.price': '400000', 'wholesaleTiers.1.minQty': '50' }),
      [{ field: 'newImages', filename: 'toi.png', contentType: 'image/png', data: png(40, 30, [200, 180, 40]) }],
    );
    expect(refused.status).toBe(422);
    // the row without a price is told before the API is asked; the API is then not asked at all
    const page = { doc: (await import('node-html-parser')).parse(refused.body) } as PageAnswer;
    expect(errorOf(page, 'wholesaleTiers.1.price')).toMatch(/Điền cả số lượng và đơn giá/);
    expect(typedValue(page, 'name')).toBe('Tỏi Lý Sơn cô đơn loại 1');
    expect(typedValue(page, 'wholesaleTiers.0.price')).toBe('400000');
    expect(typedValue(page, 'wholesaleTiers.1.minQty')).toBe('50');
    expect(typedValue(page, 'price')).toBe('350.000');
    expect(textOf(page.doc.querySelector('textarea[name="description"]'))).toMatch(/phơi khô tự nhiên/);
    // now only the API's rule is broken: the tier above retail price, on its own row
    const second = await postMultipart(session, `${productsPath()}/moi`, garlic({ 'wholesaleTiers.0.price': '400000' }));
    expect(second.status).toBe(422);
    const again = { doc: (await import('node-html-parser')).parse(second.body) } as PageAnswer;
    expect(errorOf(again, 'wholesaleTiers.0.price')).toBe('Đơn giá sỉ phải thấp hơn giá bán lẻ');
    expect(again.doc.querySelector('#field-wholesaleTiers-0-price')?.getAttribute('aria-invalid')).toBe('true');
    const summary = again.doc.querySelector('.error-summary a');
    expect(summary?.getAttribute('href')).toBe('#field-wholesaleTiers-0-price');
    expect(typedValue(again, 'ocopCertificateNo')).toBe('123/QĐ-UBND');
    const list = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/products`, ...as(owner) })).json() as {
      items: unknown[];
    };
    expect(list.items).toHaveLength(0);
  });

  it('saves a draft with two images, every field as typed', async () => {
    await session.get(`${productsPath()}/moi`);
    const created = await postMultipart(session, `${productsPath()}/moi`, garlic(), [
      { field: 'newImages', filename: 'vang.png', contentType: 'image/png', data: png(60, 40, [220, 190, 40]) },
      { field: 'newImages', filename: 'xanh.png', contentType: 'image/png', data: png(50, 50, [20, 110, 80]) },
    ]);
    expect(created.status).toBe(303);
    productId = created.location?.split('/').at(-1) as string;
    expect(created.location).toBe(`${productsPath()}/${productId}`);
    const edit = await session.follow({ ...(await session.get(created.location as string)) });
    expect(flashOf(edit)).toContain('Đã lưu “Tỏi Lý Sơn cô đơn loại 1”');
    const product = await productOf(productId);
    expect(product).toMatchObject({
      status: 'draft',
      price: 350_000,
      stock: 120,
      minOrderQty: 2,
      vatCategory: '5',
      wholesaleTiers: [{ minQty: 10, price: 320_000 }],
      origin: 'Đặc khu Lý Sơn, Quảng Ngãi',
      label: { manufacturer: 'HTX Nông nghiệp Tỏi Lý Sơn', netQuantity: '500 g', ingredients: '100% tỏi Lý Sơn' },
      ocop: { stars: 4, certificateNo: '123/QĐ-UBND', issuedOn: '2025-03-01', expiresOn: '2028-03-01', isVerified: false },
    });
    expect(product.images).toHaveLength(2);
    // the edit page shows both, in order, with the first as the main one
    const rows = edit.doc.querySelectorAll('[data-image-list] li');
    expect(rows.map((row) => row.getAttribute('data-image'))).toEqual(product.images);
    expect(edit.doc.querySelector('input[name="mainImage"][checked]')?.getAttribute('value')).toBe(product.images[0]);
    expect(edit.doc.querySelector('[data-status-panel] [data-status]')?.getAttribute('data-status')).toBe('draft');
  });

  it('makes the second image the main one, removes nothing else, and files the product for review', async () => {
    const { images: before, version } = (await productOf(productId)) as { images: string[]; version: number };
    const edit = await session.get(`${productsPath()}/${productId}`);
    const fields: Record<string, string> = { ...garlic({ intent: 'submit' }) };
    before.forEach((url, index) => {
      fields[`image.${index}.url`] = url;
      fields[`image.${index}.position`] = String(index + 1);
    });
    fields.mainImage = before[1] as string;
    expect(edit.status).toBe(200);
    const saved = await postMultipart(session, `${productsPath()}/${productId}`, fields);
    expect(saved.status).toBe(303);
    const product = await productOf(productId);
    expect(product.images).toEqual([before[1], before[0]]);
    expect(product.status).toBe('pending_review');
    // one change (the images' order), then the move: nothing else was sent again
    expect(product.version).toBe(version + 1);
  });

  it('reorders by the numbers typed and removes a ticked image', async () => {
    const before = (await productOf(productId)).images as string[];
    await session.get(`${productsPath()}/${productId}`);
    const fields: Record<string, string> = {
      ...garlic(),
      'image.0.url': before[0] as string,
      'image.0.position': '2',
      'image.1.url': before[1] as string,
      'image.1.position': '1',
      // the main image radio left on the current main one: the numbers decide
      mainImage: before[0] as string,
    };
    expect((await postMultipart(session, `${productsPath()}/${productId}`, fields)).status).toBe(303);
    expect((await productOf(productId)).images).toEqual([before[1], before[0]]);
    // a number changed on one image only (2 on the first of "1, 2"): that image is the one that moves
    await session.get(`${productsPath()}/${productId}`);
    const tie = await postMultipart(session, `${productsPath()}/${productId}`, {
      ...garlic(),
      'image.0.url': before[1] as string,
      'image.0.position': '2',
      'image.1.url': before[0] as string,
      'image.1.position': '2',
    });
    expect(tie.status).toBe(303);
    expect((await productOf(productId)).images).toEqual([before[0], before[1]]);
    await session.get(`${productsPath()}/${productId}`);
    const tieBack = await postMultipart(session, `${productsPath()}/${productId}`, {
      ...garlic(),
      'image.0.url': before[0] as string,
      'image.0.position': '1',
      'image.1.url': before[1] as string,
      'image.1.position': '1',
    });
    expect(tieBack.status).toBe(303);
    expect((await productOf(productId)).images).toEqual([before[1], before[0]]);
    await session.get(`${productsPath()}/${productId}`);
    const removal = await postMultipart(session, `${productsPath()}/${productId}`, {
      ...garlic(),
      'image.0.url': before[1] as string,
      'image.0.position': '1',
      'image.1.url': before[0] as string,
      'image.1.position': '2',
      'image.1.remove': '1',
      // an image that is not this product's is ignored, never sent
      'image.2.url': 'https://example.com/x.png',
      'image.2.position': '3',
    });
    expect(removal.status).toBe(303);
    expect((await productOf(productId)).images).toEqual([before[1]]);
  });
});

describe('the product list', () => {
  beforeAll(async () => {
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/products/${productId}/approve`,
      ...as(admin, { version: (await productOf(productId)).version }),
    });
    expect(decided.statusCode, decided.body).toBe(200);
    for (const [name, price, stock] of [
      ['Đường phèn Quảng Ngãi', 45_000, 30],
      ['Mạch nha Thi Phổ', 60_000, 0],
    ] as const) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/products',
        ...as(owner, { enterpriseId: shop, name, description: 'Đặc sản', categoryId, price, unit: 'hộp', stock, submit: false }),
      });
      expect(created.statusCode, created.body).toBe(201);
    }
  });

  it('lists every product with its thumb, price, stock and status, with counts by status and the actions', async () => {
    const list = await session.get(productsPath());
    expect(list.status).toBe(200);
    expect(listNames(list)).toEqual(['Mạch nha Thi Phổ', 'Đường phèn Quảng Ngãi', 'Tỏi Lý Sơn cô đơn loại 1']);
    const row = list.doc.querySelector(`[data-product="${productId}"]`);
    expect(row?.getAttribute('data-product-status')).toBe('approved');
    expect(row?.querySelector('img')?.getAttribute('src')).toMatch(/\/media\/public\/products\/.+-400\.webp$/);
    expect(textOf(row?.querySelector('td.numeric'))).toMatch(/350\.000\s?₫/);
    expect(row?.querySelector('input[name="stock"]')?.getAttribute('value')).toBe('120');
    expect(textOf(list.doc.querySelector('[data-status-tab="draft"] .count-badge'))).toBe('2');
    expect(textOf(list.doc.querySelector('[data-status-tab=""] .count-badge'))).toBe('3');
    const hrefs = list.doc.querySelectorAll('.work-actions a').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([`${productsPath()}/moi`, `${productsPath()}/nhap-excel`, `${productsPath()}/xuat-excel`]);
    const scripts = list.doc.querySelectorAll('script[type="module"][nonce]').map((script) => script.getAttribute('src'));
    expect(scripts.some((src) => /\/ws-products\.\w+\.js$/.test(src ?? ''))).toBe(true);
  });

  it('filters by status, searches without diacritics and sorts by price', async () => {
    expect(listNames(await session.get(`${productsPath()}?status=draft`))).toEqual(['Mạch nha Thi Phổ', 'Đường phèn Quảng Ngãi']);
    expect(listNames(await session.get(`${productsPath()}?q=duong+phen`))).toEqual(['Đường phèn Quảng Ngãi']);
    expect(listNames(await session.get(`${productsPath()}?q=TOI+LY`))).toEqual(['Tỏi Lý Sơn cô đơn loại 1']);
    expect(listNames(await session.get(`${productsPath()}?sort=price&dir=asc`))).toEqual([
      'Đường phèn Quảng Ngãi',
      'Mạch nha Thi Phổ',
      'Tỏi Lý Sơn cô đơn loại 1',
    ]);
    const none = await session.get(`${productsPath()}?q=khong+co+gi`);
    expect(textOf(none.doc.querySelector('.empty'))).toContain('Không có sản phẩm nào khớp bộ lọc');
    // a status the list does not know is no filter; a cursor it did not hand out starts the list again
    expect(listNames(await session.get(`${productsPath()}?status=gone`))).toHaveLength(3);
    expect((await session.get(`${productsPath()}?cursor=rubbish`)).status).toBe(303);
  });

  it('edits the stock in place: a form post that comes back to the list, or JSON for the script', async () => {
    const list = await session.get(`${productsPath()}?sort=price&dir=asc`);
    const back = list.doc.querySelector(`[data-product="${productId}"] input[name="back"]`)?.getAttribute('value');
    expect(back).toBe(`${productsPath()}?sort=price&dir=asc`);
    const saved = await session.post(`${productsPath()}/${productId}/ton-kho`, { stock: '77', back: back as string });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(back);
    const after = await session.follow(saved);
    expect(flashOf(after)).toContain('Đã cập nhật tồn kho của “Tỏi Lý Sơn cô đơn loại 1”: 77');
    expect((await productOf(productId)).stock).toBe(77);
    // a change of stock keeps an approved product on sale
    expect((await productOf(productId)).status).toBe('approved');
    const json = await session.post(`${productsPath()}/${productId}/ton-kho`, { stock: '80' }, { accept: 'application/json' });
    expect(json.status).toBe(200);
    expect(JSON.parse(json.html)).toMatchObject({ ok: true, stock: 80 });
    await session.get(productsPath()); // a page again: the JSON answer carried no form token
    const refused = await session.post(`${productsPath()}/${productId}/ton-kho`, { stock: '-3' }, { accept: 'application/json' });
    expect(refused.status).toBe(422);
    expect((await productOf(productId)).stock).toBe(80);
    // an address outside the product pages is not followed back
    const away = await session.post(`${productsPath()}/${productId}/ton-kho`, { stock: '81', back: 'https://evil.example/' });
    expect(away.location).toBe(productsPath());
  });

  it('hides and shows a product on sale', async () => {
    await session.get(productsPath());
    const hidden = await session.post(`${productsPath()}/${productId}/an`, { back: productsPath() });
    expect(hidden.status).toBe(303);
    expect((await productOf(productId)).status).toBe('hidden');
    const list = await session.follow(hidden);
    expect(flashOf(list)).toContain('Đã ẩn “Tỏi Lý Sơn cô đơn loại 1” khỏi sàn');
    expect(list.doc.querySelector(`[data-product="${productId}"] form[data-move="show"]`)).not.toBeNull();
    await session.post(`${productsPath()}/${productId}/hien`, { back: productsPath() });
    expect((await productOf(productId)).status).toBe('approved');
    // a move the product's state does not allow says so and changes nothing
    const again = await session.post(`${productsPath()}/${productId}/hien`, {});
    expect(again.status, again.html).toBe(303);
    const conflict = await session.follow(again);
    expect(flashOf(conflict)).toContain('đã đổi trạng thái');
    expect((await productOf(productId)).status).toBe('approved');
  });

  it("shows a rejected product's reason in the list and on its page", async () => {
    const id = ((await productOf(productId)) as { id: string }).id;
    const draft = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/products?status=draft`, ...as(owner) })
    ).json().items[0] as { id: string };
    expect(id).toBe(productId);
    await t.app.inject({ method: 'POST', url: `/api/v1/products/${draft.id}/submit`, ...as(owner) });
    const version = (await productOf(draft.id)).version;
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/products/${draft.id}/reject`,
      ...as(admin, { version, reason: 'Ảnh chưa rõ nhãn hàng hóa' }),
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const list = await session.get(`${productsPath()}?status=rejected`);
    expect(textOf(list.doc.querySelector(`[data-product="${draft.id}"] [data-reason]`))).toContain('Ảnh chưa rõ nhãn hàng hóa');
    const edit = await session.get(`${productsPath()}/${draft.id}`);
    expect(textOf(edit.doc.querySelector('[data-status-panel] [data-reason]'))).toContain('Ảnh chưa rõ nhãn hàng hóa');
    expect(edit.doc.querySelector('button[data-intent="submit"]')).not.toBeNull();
  });
});

describe('who may see and change what', () => {
  it("answers 404 to a member of another enterprise, and for another enterprise's product in one's own workspace", async () => {
    expect((await rivalSession.get(`${productsPath()}/${productId}`)).status).toBe(404);
    expect((await rivalSession.get(productsPath())).status).toBe(404);
    // the rival's public product, asked for under the owner's own enterprise
    expect((await session.get(`${productsPath()}/${rivalProduct}`)).status).toBe(404);
    expect((await session.get(`${productsPath()}/not-a-product`)).status).toBe(404);
    await rivalSession.get(productsPath(rivalShop));
    const stock = await rivalSession.post(`${productsPath()}/${productId}/ton-kho`, { stock: '1' });
    expect(stock.status).toBe(404);
    const sneaky = await rivalSession.post(`${productsPath(rivalShop)}/${productId}/an`, {});
    expect(sneaky.status).toBe(404);
    expect((await productOf(productId)).stock).toBe(81);
    expect((await productOf(productId)).status).toBe('approved');
  });

  it('sends a visitor to sign in', async () => {
    const visitor = await new PageSession(t.app).get(productsPath());
    expect(visitor.status).toBe(303);
    expect(visitor.location).toBe(`/dang-nhap?next=${encodeURIComponent(productsPath())}`);
  });
});

describe('a category that needs a licence', () => {
  it('names the licence on the form, keeps the listing a draft without it, and sends it for review with it', async () => {
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      children: { id: string; slug: string }[];
    }[];
    const alcohol = tree.flatMap((node) => node.children).find((node) => node.slug === 'ruou-do-uong-khac')?.id as string;
    const form = await session.get(`${productsPath()}/moi`);
    expect(textOf(form.doc.querySelector('fieldset[data-licence] .field-hint'))).toContain(
      'Rượu và đồ uống khác (Giấy phép sản xuất hoặc bán lẻ rượu)',
    );
    const wine = (overrides: Record<string, string> = {}) =>
      garlic({
        name: 'Rượu tỏi Lý Sơn chai 500 ml',
        categoryId: alcohol,
        unit: 'chai',
        price: '150000',
        'wholesaleTiers.0.minQty': '',
        'wholesaleTiers.0.price': '',
        ocopStars: '',
        ocopCertificateNo: '',
        ocopIssuer: '',
        ocopIssuedOn: '',
        ocopExpiresOn: '',
        intent: 'submit',
        ...overrides,
      });
    const created = await postMultipart(session, `${productsPath()}/moi`, wine());
    expect(created.status).toBe(303);
    const draftPage = await session.get(String(created.location));
    expect(flashOf(draftPage)).toContain('Danh mục này cần Giấy phép sản xuất hoặc bán lẻ rượu trước khi gửi duyệt');
    const draftId = String(created.location).split('/').pop() as string;
    expect((await productOf(draftId)).status).toBe('draft');

    const filed = await postMultipart(
      session,
      `${productsPath()}/${draftId}`,
      wine({ licenceNumber: '15/GP-SCT', licenceIssuer: 'Sở Công Thương tỉnh Quảng Ngãi', licenceIssuedOn: '2025-06-01' }),
    );
    expect(filed.status).toBe(303);
    const product = await productOf(draftId);
    expect(product.status).toBe('pending_review');
    expect(product.licence).toEqual({ number: '15/GP-SCT', issuer: 'Sở Công Thương tỉnh Quảng Ngãi', issuedOn: '2025-06-01' });
    // the moderator reviewing it sees the licence beside the listing
    const staff = await signedInSession(t.app, ADMIN);
    const review = await staff.get(`/quan-tri/san-pham/${draftId}`);
    expect(textOf(review.doc.querySelector('[data-licence-number]'))).toBe('15/GP-SCT');
  });
});
