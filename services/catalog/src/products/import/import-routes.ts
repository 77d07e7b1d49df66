import { type App, httpErrors, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { importErrors } from './import-errors.ts';
import type { ImportService, ImportSource } from './import-service.ts';
import { MAX_IMPORT_ROWS } from './import-sheet.ts';

const tags = ['product imports'];
const bearer = [{ bearerAuth: [] }];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EnterpriseParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ImportParams = Type.Object({ id: Type.String({ format: 'uuid' }), importId: Type.String({ format: 'uuid' }) });

const RowError = Type.Object({
  field: Type.String({
    description: 'Cột / trường: name, category, price, unit, stock, wholesaleTiers… hoặc _row',
    examples: ['price'],
  }),
  code: Type.String({
    description:
      'required, not_number, not_whole, too_small, too_large, too_long, not_allowed, invalid, unknown_category, ambiguous_category, bad_tiers, tiers, bad_date, date_order, hoặc mã lỗi của POST /products',
    examples: ['too_small'],
  }),
  message: Type.String({ examples: ['must be >= 0'] }),
});
const RowResult = Type.Object({
  row: Type.Integer({ description: 'Số dòng trong Excel (dòng tiêu đề là 1); với JSON: thứ tự từ 1' }),
  name: Type.String(),
  ok: Type.Boolean(),
  errors: Type.Array(RowError),
});
const DryRun = Type.Object({
  total: Type.Integer(),
  valid: Type.Integer(),
  invalid: Type.Integer(),
  rows: Type.Array(RowResult),
});
const ImportFields = {
  id: Type.String({ format: 'uuid' }),
  enterpriseId: Type.String({ format: 'uuid' }),
  status: Type.String({ description: 'checked → queued → running → finished', examples: ['running'] }),
  submit: Type.Boolean({ description: 'Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft)' }),
  fileName: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer({ description: 'Số dòng trong file' }),
  valid: Type.Integer({ description: 'Dòng hợp lệ khi kiểm tra' }),
  invalid: Type.Integer({ description: 'Dòng bị từ chối khi kiểm tra (không nhập)' }),
  done: Type.Integer({ description: 'Dòng hợp lệ đã xử lý (created + failed)' }),
  created: Type.Integer(),
  failed: Type.Integer({ description: 'Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo' }),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
};
const ImportSummary = Type.Object(ImportFields);
const ImportDetail = Type.Object({
  ...ImportFields,
  rows: Type.Array(
    Type.Object({
      ...RowResult.properties,
      state: Type.String({ description: 'invalid, pending, creating, created, failed' }),
      productId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    }),
  ),
});

const ImportQuery = Type.Object({
  dryRun: Type.Boolean({ default: false, description: 'true: chỉ kiểm tra từng dòng, không lưu gì' }),
  start: Type.Boolean({ default: true, description: 'false: lưu kết quả kiểm tra (status checked) để bắt đầu sau' }),
  submit: Type.Boolean({ default: false, description: 'true: gửi duyệt ngay các sản phẩm tạo ra' }),
});

/** The JSON form of an import: each row a product's fields as POST /products takes them (without enterpriseId). */
const JsonImport = Type.Object(
  {
    rows: Type.Array(Type.Record(Type.String(), Type.Unknown()), { minItems: 1, maxItems: MAX_IMPORT_ROWS }),
    submit: Type.Optional(Type.Boolean()),
    start: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const jsonImport = Compile(JsonImport);

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : value === 'true' || value === '1';

/**
 * The rows of the request and its options: a multipart `file` (.xlsx, with optional `start`,
 * `submit` and `dryRun` fields before it) or a JSON body `{ rows, submit?, start? }`. The query's
 * options are the defaults.
 */
async function readSource(request: FastifyRequest, query: { dryRun: boolean; start: boolean; submit: boolean }) {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw importErrors.CATALOG_IMPORT_FILE_MISSING();
    const fields: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(file.fields)) {
      if (value && !Array.isArray(value) && value.type === 'field') fields[name] = String(value.value);
    }
    const data = await file.toBuffer();
    if (data.length === 0) throw importErrors.CATALOG_IMPORT_FILE_MISSING();
    const source: ImportSource = { kind: 'sheet', data, fileName: file.filename?.slice(0, 200) || null };
    return {
      source,
      dryRun: flag(fields.dryRun, query.dryRun),
      start: flag(fields.start, query.start),
      submit: flag(fields.submit, query.submit),
    };
  }
  const body = request.body;
  if (body === undefined || body === null) throw importErrors.CATALOG_IMPORT_FILE_MISSING();
  if (!jsonImport.Check(body)) {
    throw httpErrors.HTTP_VALIDATION_FAILED(
      undefined,
      [...jsonImport.Errors(body)].slice(0, 20).map((error) => ({ path: `/body${error.instancePath}`, message: error.message })),
    );
  }
  return {
    source: { kind: 'json', rows: body.rows } satisfies ImportSource,
    dryRun: query.dryRun,
    start: body.start ?? query.start,
    submit: body.submit ?? query.submit,
  };
}

function sendXlsx(reply: FastifyReply, name: string, data: Buffer) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(data);
}

export function importRoutes(deps: { imports: ImportService }) {
  const { imports } = deps;
  return async (app: App) => {
    app.post(
      '/enterprises/:id/product-imports',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Nhập sản phẩm hàng loạt từ Excel (members of an approved enterprise)',
          description: [
            'Gửi file `.xlsx` (multipart, trường `file`; theo file mẫu `GET /product-imports/template.xlsx`) hoặc JSON `{ rows: [...] }` (mỗi dòng là các trường của POST /products, không có enterpriseId).',
            'Mỗi dòng được kiểm tra đúng như POST /products. `dryRun=true`: trả kết quả từng dòng, không lưu gì.',
            'Mặc định: lưu lần nhập và bắt đầu tạo các dòng hợp lệ ở nền (202, theo dõi bằng GET); `start=false`: chỉ lưu kết quả kiểm tra (201, status `checked`), bắt đầu bằng POST …/start.',
            'Sản phẩm tạo ra là bản nháp (`draft`) để thêm ảnh trước khi gửi duyệt, trừ khi `submit=true`.',
          ].join('\n\n'),
          consumes: ['multipart/form-data', 'application/json'],
          security: bearer,
          params: EnterpriseParams,
          querystring: ImportQuery,
          response: { 200: DryRun, 201: ImportSummary, 202: ImportSummary, ...problemResponses(400, 401, 403, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const actor = principalOf(request);
        const enterpriseId = request.params.id;
        const { source, dryRun, start, submit } = await readSource(request, request.query);
        if (dryRun) return reply.code(200).send(await imports.dryRun(actor, enterpriseId, source));
        const job = await imports.create(actor, enterpriseId, source, { start, submit });
        return reply
          .code(start ? 202 : 201)
          .header('location', `/api/v1/enterprises/${enterpriseId}/product-imports/${job.id}`)
          .send(job);
      },
    );

    app.post(
      '/enterprises/:id/product-imports/:importId/start',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Bắt đầu một lần nhập đã kiểm tra (status checked)',
          description: 'Gọi lại khi đã bắt đầu thì không làm gì thêm và trả 200 với tình trạng hiện tại.',
          security: bearer,
          params: ImportParams,
          response: { 200: ImportSummary, 202: ImportSummary, ...problemResponses(401, 403, 404, 422) },
        },
      },
      async (request, reply) => {
        const { job, isNew } = await imports.start(principalOf(request), request.params.id, request.params.importId);
        return reply.code(isNew ? 202 : 200).send(job);
      },
    );

    app.get(
      '/enterprises/:id/product-imports/:importId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tiến độ và kết quả từng dòng của một lần nhập (members, staff)',
          security: bearer,
          params: ImportParams,
          response: { 200: ImportDetail, ...problemResponses(401, 404) },
        },
      },
      async (request) => imports.get(principalOf(request), request.params.id, request.params.importId),
    );

    app.get(
      '/enterprises/:id/product-imports',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Các lần nhập gần đây của doanh nghiệp (members, staff)',
          security: bearer,
          params: EnterpriseParams,
          querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) }),
          response: { 200: Type.Object({ items: Type.Array(ImportSummary) }), ...problemResponses(401, 404) },
        },
      },
      async (request) => ({ items: await imports.list(principalOf(request), request.params.id, request.query.limit) }),
    );

    app.get(
      '/product-imports/template.xlsx',
      {
        schema: {
          tags,
          summary: 'File Excel mẫu để nhập sản phẩm',
          description:
            'Trang "Sản phẩm" (tiêu đề cột và một dòng ví dụ), trang "Danh mục" (mã, đường dẫn, id) và trang "Hướng dẫn".',
          produces: [XLSX],
        },
      },
      async (_request, reply) => sendXlsx(reply, 'mau-nhap-san-pham.xlsx', await imports.template()),
    );

    app.get(
      '/enterprises/:id/products.xlsx',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Xuất mọi sản phẩm của doanh nghiệp ra Excel (members, staff)',
          description: 'Cùng các cột với file mẫu (thêm Trạng thái và Mã sản phẩm ở cuối): file xuất có thể nhập lại.',
          produces: [XLSX],
          security: bearer,
          params: EnterpriseParams,
          response: problemResponses(401, 403),
        },
      },
      async (request, reply) => sendXlsx(reply, 'san-pham.xlsx', await imports.export(principalOf(request), request.params.id)),
    );
  };
}
