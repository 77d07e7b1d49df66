import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { AppError, isStaff } from '@tradeqn/kit';
import type { CategoryNode, CategoryService } from '../../categories/category-service.ts';
import { productErrors } from '../product-errors.ts';
import type { ProductService } from '../product-service.ts';
import { importErrors } from './import-errors.ts';
import { ImportEvents } from './import-events.ts';
import { createImportRepository, type ImportCounts, type ImportLineRow, type ImportRow } from './import-repository.ts';
import { type CheckedRow, checkJsonRows, checkRows, errorsOfProblem, type RowInput } from './import-rows.ts';
import type { ImportRowError } from './import-schema.ts';
import { type CategoryEntry, type ExportProduct, exportWorkbook, readSheet, templateWorkbook } from './import-sheet.ts';

type Person = { userId: string; roles: string[] };

/** What a batch of the job creates before it hands on to the next (other events run in between). */
export const IMPORT_BATCH_SIZE = 100;
/** Rows of a batch created at the same time. */
const IMPORT_CONCURRENCY = 4;
/** A row claimed longer ago than this and never settled belonged to a runner that died. */
const STALE_CLAIM_MS = 2 * 60_000;
/** An export holds at most this many products. */
const EXPORT_LIMIT = 50_000;

export interface ImportServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  products: Pick<ProductService, 'create'>;
  categories: Pick<CategoryService, 'tree'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'roleOf'>;
}

/** The rows of an import, from a spreadsheet or as JSON (each already a product's fields). */
export type ImportSource =
  | { kind: 'sheet'; data: Buffer; fileName: string | null }
  | { kind: 'json'; rows: Record<string, unknown>[] };

export interface RowResultDto {
  row: number;
  name: string;
  ok: boolean;
  errors: ImportRowError[];
}

export interface ImportDto extends Omit<ImportCounts, 'pending'> {
  id: string;
  enterpriseId: string;
  status: string;
  submit: boolean;
  fileName: string | null;
  /** Valid rows the job has tried so far (created or failed). */
  done: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ImportRowDto extends RowResultDto {
  state: string;
  productId: string | null;
}

function flatten(nodes: readonly CategoryNode[], parents: string[] = []): CategoryEntry[] {
  return nodes.flatMap((node) => {
    const path = [...parents, node.name];
    return [{ id: node.id, slug: node.slug, name: node.name, path: path.join(' › ') }, ...flatten(node.children, path)];
  });
}

function toDto(job: ImportRow, counts: ImportCounts | undefined): ImportDto {
  const c = counts ?? { total: 0, valid: 0, pending: 0, created: 0, invalid: 0, failed: 0 };
  return {
    id: job.id,
    enterpriseId: job.enterpriseId,
    status: job.status,
    submit: job.submit,
    fileName: job.fileName,
    total: c.total,
    valid: c.valid,
    done: c.created + c.failed,
    created: c.created,
    invalid: c.invalid,
    failed: c.failed,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

const rowDto = (row: ImportLineRow): ImportRowDto => ({
  row: row.rowNo,
  name: row.name,
  ok: row.state !== 'invalid' && row.state !== 'failed',
  state: row.state,
  productId: row.productId,
  errors: row.errors,
});

export function createImportService(deps: ImportServiceDeps) {
  const repo = createImportRepository();

  async function categoryEntries() {
    return flatten(await deps.categories.tree());
  }

  /** A member (owner or staff) of an approved enterprise may import into it. */
  async function authorizeImport(actor: Person, enterpriseId: string) {
    const [enterprise, role] = await Promise.all([
      deps.enterprises.getEnterprise(enterpriseId),
      deps.enterprises.roleOf(enterpriseId, actor.userId),
    ]);
    if (!enterprise || role === null) throw productErrors.CATALOG_NOT_ALLOWED();
    if (enterprise.status !== 'approved') throw productErrors.CATALOG_ENTERPRISE_NOT_APPROVED();
  }

  /** Members see their enterprise's imports, province staff every one; others learn nothing (404). */
  async function authorizeRead(actor: Person, enterpriseId: string) {
    if (isStaff(actor)) return;
    if ((await deps.enterprises.roleOf(enterpriseId, actor.userId)) === null) throw importErrors.CATALOG_IMPORT_NOT_FOUND();
  }

  async function loadJob(actor: Person, enterpriseId: string, importId: string): Promise<ImportRow> {
    await authorizeRead(actor, enterpriseId);
    const job = await repo.find(deps.db, importId);
    if (!job || job.enterpriseId !== enterpriseId) throw importErrors.CATALOG_IMPORT_NOT_FOUND();
    return job;
  }

  async function check(enterpriseId: string, source: ImportSource): Promise<CheckedRow[]> {
    const categories = await categoryEntries();
    if (source.kind === 'json') return checkJsonRows(source.rows, enterpriseId, categories);
    return checkRows(await readSheet(source.data), enterpriseId, categories);
  }

  async function describe(job: ImportRow) {
    const counts = await repo.counts(deps.db, [job.id]);
    return toDto(job, counts.get(job.id));
  }

  /** Writes the event that sends the job (or its next batch) to the queue, in the caller's transaction. */
  const queueEvent = (batch: number) => (batch === 0 ? ImportEvents.started : ImportEvents.batchDone);

  const service = {
    /** Every row of the file checked as POST /products checks a product; nothing is written. */
    async dryRun(actor: Person, enterpriseId: string, source: ImportSource) {
      await authorizeImport(actor, enterpriseId);
      const rows = await check(enterpriseId, source);
      const invalid = rows.filter((row) => row.errors.length > 0).length;
      return {
        total: rows.length,
        valid: rows.length - invalid,
        invalid,
        rows: rows.map((row) => ({ row: row.rowNo, name: row.name, ok: row.errors.length === 0, errors: row.errors })),
      };
    },

    /**
     * Checks the rows and keeps them as an import: `checked` (to be started once the seller has
     * seen the result) or, with `start`, queued at once. Only valid rows are ever created.
     */
    async create(
      actor: Person,
      enterpriseId: string,
      source: ImportSource,
      options: { start: boolean; submit: boolean },
    ): Promise<ImportDto> {
      await authorizeImport(actor, enterpriseId);
      const rows = await check(enterpriseId, source);
      if (options.start && rows.every((row) => row.errors.length > 0)) throw importErrors.CATALOG_IMPORT_NOTHING_VALID();
      const job = await deps.db.transaction(async (tx) => {
        const created = await repo.insert(
          tx,
          {
            enterpriseId,
            createdBy: actor.userId,
            fileName: source.kind === 'sheet' ? source.fileName : null,
            submit: options.submit,
            status: options.start ? 'queued' : 'checked',
          },
          rows.map((row) => ({
            rowNo: row.rowNo,
            name: row.name,
            input: row.input,
            state: row.errors.length > 0 ? 'invalid' : 'pending',
            errors: row.errors,
          })),
        );
        await deps.audit.record(tx, {
          entityType: 'product-import',
          entityId: created.id,
          action: options.start ? 'started' : 'checked',
          actor,
          details: { enterpriseId, rows: rows.length, invalid: rows.filter((row) => row.errors.length > 0).length },
        });
        if (options.start) await deps.outbox.write(tx, ImportEvents.started, { importId: created.id, enterpriseId, batch: 0 });
        return created;
      });
      return describe(job);
    },

    /** Starts a checked import; an import already started is answered as it is (a second click does nothing). */
    async start(actor: Person, enterpriseId: string, importId: string): Promise<{ job: ImportDto; isNew: boolean }> {
      await authorizeImport(actor, enterpriseId);
      const job = await loadJob(actor, enterpriseId, importId);
      const counts = (await repo.counts(deps.db, [job.id])).get(job.id);
      if (job.status === 'checked' && (counts?.valid ?? 0) === 0) throw importErrors.CATALOG_IMPORT_NOTHING_VALID();
      const isNew = await deps.db.transaction(async (tx) => {
        if (!(await repo.queue(tx, importId))) return false;
        await deps.audit.record(tx, { entityType: 'product-import', entityId: importId, action: 'started', actor });
        await deps.outbox.write(tx, queueEvent(0), { importId, enterpriseId, batch: 0 });
        return true;
      });
      return { job: await describe((await repo.find(deps.db, importId)) ?? job), isNew };
    },

    async get(actor: Person, enterpriseId: string, importId: string) {
      const job = await loadJob(actor, enterpriseId, importId);
      const [dto, rows] = await Promise.all([describe(job), repo.rows(deps.db, importId)]);
      return { ...dto, rows: rows.map(rowDto) };
    },

    async list(actor: Person, enterpriseId: string, limit: number): Promise<ImportDto[]> {
      await authorizeRead(actor, enterpriseId);
      const jobs = await repo.listByEnterprise(deps.db, enterpriseId, limit);
      const counts = await repo.counts(
        deps.db,
        jobs.map((job) => job.id),
      );
      return jobs.map((job) => toDto(job, counts.get(job.id)));
    },

    /**
     * One batch of the job: settles rows a dead runner left half-done, creates the next rows
     * waiting through the product service (the same checks, audit and events as POST /products),
     * records each outcome, then hands on to the next batch through the outbox, or finishes.
     * Safe to run again: a row is created only from `pending`, and claimed before it is tried.
     */
    async runBatch(payload: { importId: string; batch: number }): Promise<void> {
      const job = await repo.find(deps.db, payload.importId);
      if (!job || job.status === 'finished' || job.status === 'checked') return;
      await repo.markRunning(deps.db, job.id);
      const actor = { userId: job.createdBy, roles: [] };
      for (const stale of await repo.staleClaims(deps.db, job.id, new Date(Date.now() - STALE_CLAIM_MS))) {
        const productId = await repo.productMadeFor(deps.db, job, stale);
        await repo.settle(deps.db, job.id, stale.rowNo, productId ? { state: 'created', productId } : { state: 'pending' });
      }
      const claimed = await repo.claim(deps.db, job.id, IMPORT_BATCH_SIZE);
      const createRow = (row: ImportLineRow) =>
        deps.products.create(actor, { ...(row.input as RowInput), enterpriseId: job.enterpriseId, submit: job.submit });
      let failure: unknown;
      let next = 0;
      const retryAlone: ImportLineRow[] = [];
      const settleRow = async (row: ImportLineRow, attempt: () => Promise<{ id: string }>) => {
        try {
          const product = await attempt();
          await repo.settle(deps.db, job.id, row.rowNo, { state: 'created', productId: product.id });
        } catch (error) {
          if (error instanceof AppError && error.status < 500) {
            const errors = errorsOfProblem(error.code, error.detail?.en ?? error.spec.en, error.errors);
            await repo.settle(deps.db, job.id, row.rowNo, { state: 'failed', errors });
          } else if (isUniqueViolation(error) && !retryAlone.includes(row)) {
            // two rows of the same name raced for one slug: the second is tried again alone
            retryAlone.push(row);
          } else {
            failure ??= error;
            await repo.settle(deps.db, job.id, row.rowNo, { state: 'pending' });
          }
        }
      };
      // a few rows at once: each is its own transaction, and a pool of connections serves them
      const worker = async () => {
        while (failure === undefined && next < claimed.length) {
          const row = claimed[next++] as ImportLineRow;
          await settleRow(row, () => createRow(row));
        }
      };
      await Promise.all(Array.from({ length: IMPORT_CONCURRENCY }, worker));
      for (const row of retryAlone) {
        if (failure === undefined) await settleRow(row, () => createRow(row));
        else await repo.settle(deps.db, job.id, row.rowNo, { state: 'pending' });
      }
      // the database or another service is down: the rows not yet tried wait for this batch's retry
      if (failure !== undefined) {
        for (const row of claimed.slice(next)) await repo.settle(deps.db, job.id, row.rowNo, { state: 'pending' });
        throw failure;
      }
      if (await repo.finishIfDone(deps.db, job.id)) return;
      if (claimed.length === 0) return; // the rest is held by a concurrent batch, which finishes the job
      await deps.db.transaction(async (tx) => {
        if (await repo.hasOpenRows(tx, job.id)) {
          await deps.outbox.write(tx, ImportEvents.batchDone, {
            importId: job.id,
            enterpriseId: job.enterpriseId,
            batch: payload.batch + 1,
          });
        }
      });
    },

    /** The template to fill in: columns, an example row, the categories and a guide. */
    async template(): Promise<Buffer> {
      return templateWorkbook(await categoryEntries());
    },

    /** The enterprise's products (every status) in the import's columns: an export opens back in the import. */
    async export(actor: Person, enterpriseId: string): Promise<Buffer> {
      if (!isStaff(actor) && (await deps.enterprises.roleOf(enterpriseId, actor.userId)) === null) {
        throw productErrors.CATALOG_NOT_ALLOWED();
      }
      const categories = await categoryEntries();
      const slugOf = new Map(categories.map((category) => [category.id, category.slug]));
      const rows = await repo.productsOf(deps.db, enterpriseId, EXPORT_LIMIT);
      const products: ExportProduct[] = rows.map((row) => ({
        id: row.id,
        status: row.status,
        categorySlug: slugOf.get(row.categoryId) ?? row.categoryId,
        input: row,
      }));
      return exportWorkbook(products, categories);
    },
  };
  return service;
}

export type ImportService = ReturnType<typeof createImportService>;
