import type { AuditLog } from '@tradeqn/audit';
import { type Db, type Executor, isUniqueViolation } from '@tradeqn/db';
import type { EnterpriseSummary, EnterprisesApi } from '@tradeqn/enterprises/contract';
import { type OutboxWriter, outboxEntry } from '@tradeqn/events';
import { decodeCursor, isStaff, keysetPage } from '@tradeqn/kit';
import type { FileStore } from '@tradeqn/storage';
import { firstFreeSlug, foldVietnamese, slugify } from '@tradeqn/vn';
import type { Static } from 'typebox';
import type { CategoryService } from '../categories/category-service.ts';
import { CatalogEvents } from '../contract/index.ts';
import { KeywordRecheckEvents } from '../moderation/keyword-recheck.ts';
import { LICENCE_RULES, type LicenceFields, missingLicence } from './licence-rules.ts';
import { productErrors } from './product-errors.ts';
import { storeProductImage } from './product-images.ts';
import { type ProductDto, type Ref, toProductDto } from './product-mapping.ts';
import {
  createProductPageQueries,
  createProductRepository,
  ENTERPRISE_LIST_SORTS,
  type EnterpriseListSort,
  type NewProductRow,
  type ProductRow,
} from './product-repository.ts';
import { checkImages, checkTiers, findProhibited, ownImageUrl } from './product-rules.ts';
import type { CreateProductBody, UpdateProductBody } from './product-schemas.ts';
import { isPublic, wasPublic } from './product-visibility.ts';

export type CreateInput = Static<typeof CreateProductBody>;
export type UpdateInput = Static<typeof UpdateProductBody>;
type Person = { userId: string; roles: string[] };
export type Actor = Person | null;

/** Changes to these send an approved listing back to review; price and stock do not. */
const CONTENT_FIELDS = [
  'name',
  'description',
  'images',
  'categoryId',
  'licenceNumber',
  'licenceIssuer',
  'licenceIssuedOn',
] as const;

export interface ProductServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  categories: CategoryService;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'roleOf'>;
  files: FileStore;
  mediaUrl: (key: string) => string;
}

/** The orders of an enterprise's product list (`newest`, `name_asc`, `price_desc`, `stock_asc`…). */
export const ENTERPRISE_LIST_SORT_NAMES = Object.keys(ENTERPRISE_LIST_SORTS) as EnterpriseListSort[];

export type ProductView = { kind: 'product'; product: ProductDto } | { kind: 'moved'; slug: string };

export function createProductService(deps: ProductServiceDeps) {
  const repo = createProductRepository();
  const pageQueries = createProductPageQueries(deps.db);

  async function refsOf(row: ProductRow, enterprise?: EnterpriseSummary | null): Promise<{ enterprise: Ref; category: Ref }> {
    const owner = enterprise ?? (await deps.enterprises.getEnterprise(row.enterpriseId));
    const category = await deps.categories.get(row.categoryId);
    return {
      enterprise: { id: row.enterpriseId, slug: owner?.slug ?? '', name: owner?.name ?? '' },
      category: { id: row.categoryId, slug: category?.slug ?? '', name: category?.name ?? '' },
    };
  }

  async function isMember(enterpriseId: string, actor: Actor): Promise<boolean> {
    return actor !== null && (await deps.enterprises.roleOf(enterpriseId, actor.userId)) !== null;
  }

  /**
   * Members of the product's enterprise, or an admin; others get 404 unless the product is
   * public. Checked before any transaction opens: it asks enterprises, whose api has its own
   * connection (on PGlite, the one connection the transaction would be holding).
   */
  async function authorizeChange(id: string, actor: Person): Promise<ProductRow> {
    const row = await repo.findById(deps.db, id);
    if (!row) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
    if (actor.roles.includes('admin') || (await isMember(row.enterpriseId, actor))) return row;
    if (row.status === 'approved') throw productErrors.CATALOG_NOT_ALLOWED();
    throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
  }

  async function lock(tx: Executor, id: string): Promise<ProductRow> {
    const row = await repo.findForUpdate(tx, id);
    if (!row) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
    return row;
  }

  async function uniqueSlug(tx: Executor, name: string): Promise<string> {
    const base = slugify(name, 70);
    return firstFreeSlug(base, new Set(await repo.slugsLike(tx, base)));
  }

  async function prohibitedIn(tx: Executor, row: { name: string; description: string; origin?: string | null }) {
    const keywords = await repo.keywords(tx);
    return findProhibited(
      `${row.name} ${row.description} ${row.origin ?? ''}`,
      keywords.map((keyword) => keyword.keyword),
    );
  }

  async function categorySlugOf(categoryId: string): Promise<string | undefined> {
    return (await deps.categories.get(categoryId))?.slug;
  }

  /** A listing going to review in a category that needs a licence must carry it (422 naming each missing field). */
  function requireLicence(categorySlug: string | undefined, fields: LicenceFields) {
    const missing = missingLicence(categorySlug, fields);
    const rule = categorySlug ? LICENCE_RULES[categorySlug] : undefined;
    if (missing.length > 0 && rule) {
      throw productErrors.CATALOG_INVALID_INPUT(
        { vi: `Danh mục này cần ${rule.vi} trước khi gửi duyệt`, en: `This category needs a ${rule.en} before review` },
        missing,
      );
    }
  }

  async function validate(values: Partial<CreateInput>, current?: ProductRow) {
    const problems = [];
    if (values.categoryId !== undefined && !(await deps.categories.get(values.categoryId))) {
      problems.push({ path: '/body/categoryId', message: 'is not a category (GET /api/v1/categories)' });
    }
    const price = values.price ?? current?.price ?? 0;
    const minOrderQty = values.minOrderQty ?? current?.minOrderQty ?? 1;
    const tiers = values.wholesaleTiers ?? current?.wholesaleTiers ?? [];
    if (values.wholesaleTiers !== undefined || values.price !== undefined || values.minOrderQty !== undefined) {
      problems.push(...checkTiers(tiers, price, minOrderQty));
    }
    if (values.ocopExpiresOn && values.ocopIssuedOn && values.ocopExpiresOn <= values.ocopIssuedOn) {
      problems.push({ path: '/body/ocopExpiresOn', message: 'must come after ocopIssuedOn' });
    }
    if (values.images !== undefined) problems.push(...checkImages(values.images, deps.mediaUrl));
    if (problems.length > 0) throw productErrors.CATALOG_INVALID_INPUT(undefined, problems);
  }

  function clean<T extends Partial<CreateInput>>(values: T): Partial<NewProductRow> {
    const text = (value: string | undefined) => (value === undefined ? undefined : value.normalize('NFC').trim());
    const row: Partial<NewProductRow> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || key === 'enterpriseId' || key === 'submit') continue;
      (row as Record<string, unknown>)[key] = typeof value === 'string' ? text(value) : value;
    }
    // a media path is stored as the full URL, as an upload stores it
    if (values.images) row.images = values.images.map((image) => ownImageUrl(image, deps.mediaUrl) ?? image);
    return row;
  }

  /** What each catalog event says of the listing. */
  function productFacts(row: ProductRow) {
    return { productId: row.id, enterpriseId: row.enterpriseId, name: row.name, slug: row.slug, status: row.status };
  }

  const service = {
    async create(actor: Person, input: CreateInput): Promise<ProductDto> {
      const enterprise = await deps.enterprises.getEnterprise(input.enterpriseId);
      if (!enterprise || !(await isMember(input.enterpriseId, actor))) throw productErrors.CATALOG_NOT_ALLOWED();
      if (enterprise.status !== 'approved') throw productErrors.CATALOG_ENTERPRISE_NOT_APPROVED();
      await validate(input);
      const values = clean(input) as NewProductRow;
      const submit = input.submit !== false;
      if (submit) requireLicence(await categorySlugOf(input.categoryId), values);
      const row = await deps.db.transaction(async (tx) => {
        const flagged = await prohibitedIn(tx, values);
        const created = await repo.insert(tx, {
          ...values,
          enterpriseId: input.enterpriseId,
          slug: await uniqueSlug(tx, values.name),
          status: submit ? 'pending_review' : 'draft',
          flaggedKeywords: flagged,
          createdBy: actor.userId,
          ...(submit ? { submittedAt: new Date() } : {}),
        });
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: created.id,
          action: 'created',
          actor,
          details: { status: created.status, flagged },
        });
        await deps.outbox.write(tx, CatalogEvents.created, productFacts(created));
        return created;
      });
      return toProductDto(row, await refsOf(row, enterprise), true);
    },

    async update(actor: Person, id: string, input: UpdateInput): Promise<ProductDto> {
      const before = await authorizeChange(id, actor);
      await validate(input, before);
      const values = clean(input);
      // read before the transaction: on PGlite it would hold the one connection categories needs
      const categorySlug = await categorySlugOf(input.categoryId ?? before.categoryId);
      const row = await deps.db.transaction(async (tx) => {
        const current = await lock(tx, id);
        const contentChanged = CONTENT_FIELDS.some(
          (field) => values[field] !== undefined && JSON.stringify(values[field]) !== JSON.stringify(current[field]),
        );
        const backToReview = contentChanged && ['approved', 'hidden', 'rejected'].includes(current.status);
        const merged = { ...current, ...values };
        if (backToReview) requireLicence(categorySlug, merged);
        const renamed = values.name !== undefined && values.name !== current.name;
        const patch: Partial<NewProductRow> = {
          ...values,
          version: current.version + 1,
          flaggedKeywords: await prohibitedIn(tx, merged),
          ...(backToReview ? { status: 'pending_review', statusReason: null, submittedAt: new Date() } : {}),
          // a changed certificate must be checked again
          ...(input.ocopStars !== undefined || input.ocopCertificateNo !== undefined || input.ocopExpiresOn !== undefined
            ? { ocopVerifiedAt: null }
            : {}),
        };
        if (renamed) {
          await repo.retireSlug(tx, current.slug, current.id);
          patch.slug = await uniqueSlug(tx, merged.name);
        }
        const updated = await repo.update(tx, current.id, patch);
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: id,
          action: backToReview ? 'resubmitted' : 'updated',
          actor,
          details: { fields: Object.keys(input), fromStatus: current.status, toStatus: updated.status },
        });
        await deps.outbox.write(tx, CatalogEvents.updated, productFacts(updated));
        return updated;
      });
      return toProductDto(row, await refsOf(row), true);
    },

    /** Owner's moves: submit a draft or a rejected listing, hide an approved one, show it again. */
    async move(actor: Person, id: string, action: 'submit' | 'hide' | 'show'): Promise<ProductDto> {
      const rules = {
        submit: { from: ['draft', 'rejected'], to: 'pending_review', event: CatalogEvents.submitted },
        hide: { from: ['approved'], to: 'hidden', event: CatalogEvents.hidden },
        show: { from: ['hidden'], to: 'approved', event: CatalogEvents.shown },
      }[action];
      const before = await authorizeChange(id, actor);
      const categorySlug = action === 'submit' ? await categorySlugOf(before.categoryId) : undefined;
      const row = await deps.db.transaction(async (tx) => {
        const current = await lock(tx, id);
        if (action === 'submit' && current.legalHold) throw productErrors.CATALOG_LEGAL_HOLD();
        if (action === 'submit') requireLicence(categorySlug, current);
        const moved = await repo.transition(tx, current.id, rules.from, {
          status: rules.to,
          ...(action === 'submit' ? { submittedAt: new Date(), statusReason: null } : {}),
        });
        if (!moved) throw productErrors.CATALOG_STATUS_CONFLICT();
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: id,
          action,
          actor,
          details: { fromStatus: current.status },
        });
        await deps.outbox.write(tx, rules.event, productFacts(moved));
        return moved;
      });
      return toProductDto(row, await refsOf(row), true);
    },

    /**
     * Public: an approved listing of an approved enterprise, decided from both as they are now,
     * whatever the search index says (it lags behind its jobs, and holds only cards). A listing
     * back in review answers 404 at once, and so does its old slug: the redirect would name the
     * unreviewed slug. One that was public and is no longer (hidden, rejected after an edit, its
     * seller suspended) answers 410 Gone, by id, slug or old slug, never redirecting. Members and
     * staff see theirs in any state.
     */
    async get(idOrSlug: string, actor: Actor): Promise<ProductView> {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
      let row = await pageQueries.find(isUuid ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() });
      let isMoved = false;
      if (!row && !isUuid) {
        const movedTo = await repo.productIdOfRetiredSlug(deps.db, idOrSlug.toLowerCase());
        row = movedTo ? await pageQueries.find({ id: movedTo }) : undefined;
        isMoved = row !== undefined;
      }
      if (!row) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
      const isPrivate = actor !== null && (isStaff(actor) || (await isMember(row.enterpriseId, actor)));
      const enterprise = await deps.enterprises.getEnterprise(row.enterpriseId);
      if (!isPrivate && !isPublic(row, enterprise)) {
        throw wasPublic(row) ? productErrors.CATALOG_PRODUCT_GONE() : productErrors.CATALOG_PRODUCT_NOT_FOUND();
      }
      if (isMoved) return { kind: 'moved', slug: row.slug };
      return { kind: 'product', product: toProductDto(row, await refsOf(row, enterprise), isPrivate) };
    },

    async listForEnterprise(actor: Person, enterpriseId: string, status?: string): Promise<ProductDto[]> {
      if (!isStaff(actor) && !(await isMember(enterpriseId, actor))) throw productErrors.CATALOG_NOT_ALLOWED();
      const enterprise = await deps.enterprises.getEnterprise(enterpriseId);
      const rows = await repo.listByEnterprise(deps.db, enterpriseId, status);
      return Promise.all(rows.map(async (row) => toProductDto(row, await refsOf(row, enterprise), true)));
    },

    /**
     * One page of an enterprise's products for its workspace (members and staff): by status, by
     * a part of the name however it is typed (`duong phen` finds `Đường phèn`), in any order of
     * ENTERPRISE_LIST_SORTS, by keyset; with how many the enterprise has in each status.
     */
    async listEnterprisePage(
      actor: Person,
      enterpriseId: string,
      query: {
        status?: string | undefined;
        q?: string | undefined;
        sort: EnterpriseListSort;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      if (!isStaff(actor) && !(await isMember(enterpriseId, actor))) throw productErrors.CATALOG_NOT_ALLOWED();
      const order = ENTERPRISE_LIST_SORTS[query.sort];
      const after = query.cursor ? decodeCursor(query.cursor, [order.part, 'uuid'] as const) : undefined;
      // folded as the index is (`Đường` → `duong`); blank lists everything
      const foldedName = query.q ? foldVietnamese(query.q.normalize('NFC')).replace(/\s+/g, ' ').trim() : '';
      const [enterprise, rows, counts] = await Promise.all([
        deps.enterprises.getEnterprise(enterpriseId),
        repo.listEnterprisePage(deps.db, {
          enterpriseId,
          status: query.status,
          foldedName: foldedName || undefined,
          sort: query.sort,
          limit: query.limit + 1,
          after: after ? { value: after[0], id: after[1] } : undefined,
        }),
        repo.countByStatus(deps.db, enterpriseId),
      ]);
      const page = keysetPage(rows, query.limit, (row) => {
        const value = row[order.key];
        return [value instanceof Date ? value.toISOString() : value, row.id];
      });
      return {
        items: await Promise.all(page.rows.map(async (row) => toProductDto(row, await refsOf(row, enterprise), true))),
        nextCursor: page.nextCursor,
        counts,
      };
    },

    async queue(query: { status: string; limit: number; cursor?: string }) {
      const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : undefined;
      const rows = await repo.listQueue(
        deps.db,
        query.status,
        query.limit + 1,
        after ? { submittedAt: String(after[0]), id: String(after[1]) } : undefined,
      );
      const page = keysetPage(rows, query.limit, (row) => [row.submittedAt?.toISOString() ?? '', row.id]);
      return {
        items: await Promise.all(page.rows.map(async (row) => toProductDto(row, await refsOf(row), true))),
        nextCursor: page.nextCursor,
      };
    },

    /**
     * Staff decide on a listing under review, on the version they reviewed: if the seller has
     * changed it since (the version moved), nothing is decided and the answer is 409, so an
     * edit never goes live unseen. A flagged listing is approved only with an override reason,
     * which the audit log keeps.
     */
    async decide(actor: Person, id: string, decision: 'approve' | 'reject', input: { version: number; reason?: string }) {
      const trimmed = input.reason?.trim() || undefined;
      if (decision === 'reject' && !trimmed)
        throw productErrors.CATALOG_INVALID_INPUT(undefined, [{ path: '/body/reason', message: 'is required' }]);
      const row = await deps.db.transaction(async (tx) => {
        const current = await repo.findForUpdate(tx, id);
        if (!current) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
        if (current.status !== 'pending_review') throw productErrors.CATALOG_STATUS_CONFLICT();
        // the row is locked: an edit waits for this decision, or this decision sees its version
        if (current.version !== input.version) {
          throw productErrors.CATALOG_PRODUCT_CHANGED({
            vi: `Bạn đã xem phiên bản ${input.version}; tin đăng nay là phiên bản ${current.version}`,
            en: `You reviewed version ${input.version}; the listing is now version ${current.version}`,
          });
        }
        if (decision === 'approve' && current.flaggedKeywords.length > 0 && !trimmed) {
          throw productErrors.CATALOG_PROHIBITED_KEYWORDS({
            vi: `Từ khoá bị gắn cờ: ${current.flaggedKeywords.join(', ')}`,
            en: `Flagged keywords: ${current.flaggedKeywords.join(', ')}`,
          });
        }
        const decided = await repo.transition(tx, id, ['pending_review'], {
          status: decision === 'approve' ? 'approved' : 'rejected',
          statusReason: decision === 'reject' ? (trimmed ?? null) : null,
          ...(decision === 'approve' ? { approvedAt: new Date() } : {}),
        });
        if (!decided) throw productErrors.CATALOG_STATUS_CONFLICT();
        const isOverride = decision === 'approve' && current.flaggedKeywords.length > 0;
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: id,
          action: isOverride ? 'approve-override' : decision,
          actor,
          reason: trimmed ?? null,
          details: { version: current.version, flaggedKeywords: current.flaggedKeywords },
        });
        await deps.outbox.write(tx, decision === 'approve' ? CatalogEvents.approved : CatalogEvents.rejected, {
          ...productFacts(decided),
          reason: trimmed ?? null,
        });
        return decided;
      });
      return toProductDto(row, await refsOf(row), true);
    },

    /**
     * Approves many listings at once, each on the version reviewed. Each item is decided on its
     * own: those that moved since (CATALOG_PRODUCT_CHANGED), are flagged, no longer in review
     * or gone are skipped with their error code, and the rest approved — in one transaction of a
     * few statements (rows locked, one update, one audit insert, one outbox insert), as a
     * moderator's hundred decisions would otherwise be a hundred transactions.
     */
    async approveMany(actor: Person, items: { id: string; version: number }[]) {
      // a repeated id is decided once, on its first version; ids compared as PostgreSQL writes them
      // (a uuid in capitals is the same uuid) and answered as they were sent
      const reviewed = new Map<string, number>();
      const sent = new Map<string, string>();
      for (const { id, version } of items) {
        const key = id.toLowerCase();
        if (reviewed.has(key)) continue;
        reviewed.set(key, version);
        sent.set(key, id);
      }
      const asSent = (key: string) => sent.get(key) ?? key;
      return deps.db.transaction(async (tx) => {
        const rows = new Map((await repo.findManyForUpdate(tx, [...reviewed.keys()])).map((row) => [row.id, row]));
        const skipped: { id: string; reason: string }[] = [];
        const ready: string[] = [];
        for (const [id, version] of reviewed) {
          const current = rows.get(id);
          const refusal = !current
            ? 'CATALOG_PRODUCT_NOT_FOUND'
            : current.status !== 'pending_review'
              ? 'CATALOG_STATUS_CONFLICT'
              : current.version !== version
                ? 'CATALOG_PRODUCT_CHANGED'
                : current.flaggedKeywords.length > 0
                  ? 'CATALOG_PROHIBITED_KEYWORDS'
                  : null;
          if (refusal) skipped.push({ id: asSent(id), reason: refusal });
          else ready.push(id);
        }
        // the rows are locked: what was checked above is what is approved
        const decided = new Map((await repo.approveMany(tx, ready)).map((row) => [row.id, row]));
        const approved = ready.filter((id) => decided.has(id));
        await deps.audit.recordMany(
          tx,
          approved.map((id) => ({
            entityType: 'product',
            entityId: id,
            action: 'approve',
            actor,
            reason: null,
            details: { version: rows.get(id)?.version, flaggedKeywords: [] },
          })),
        );
        await deps.outbox.writeMany(
          tx,
          approved.map((id) =>
            outboxEntry(CatalogEvents.approved, { ...productFacts(decided.get(id) as ProductRow), reason: null }),
          ),
        );
        return { approved: approved.map(asSent), skipped };
      });
    },

    /**
     * Adds an uploaded image (a content change: an approved listing goes back to review). The
     * upload is read only once the person may add it: a stranger's file is never taken in.
     */
    async addImage(actor: Person, id: string, readImage: () => Promise<Buffer>) {
      const current = await authorizeChange(id, actor);
      if (current.images.length >= 10) throw productErrors.CATALOG_TOO_MANY_IMAGES();
      const key = await storeProductImage(deps.files, id, await readImage());
      try {
        return await service.update(actor, id, { images: [...current.images, deps.mediaUrl(key)] });
      } catch (error) {
        await deps.files.delete(key).catch(() => {});
        throw error;
      }
    },

    async verifyOcop(actor: Person, id: string) {
      const row = await deps.db.transaction(async (tx) => {
        const current = await repo.findForUpdate(tx, id);
        if (!current) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
        if (!current.ocopStars)
          throw productErrors.CATALOG_STATUS_CONFLICT({
            vi: 'Sản phẩm không khai báo OCOP',
            en: 'The product declares no OCOP rating',
          });
        const updated = await repo.update(tx, id, { ocopVerifiedAt: new Date() });
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: id,
          action: 'ocop-verified',
          actor,
          details: { stars: current.ocopStars },
        });
        await deps.outbox.write(tx, CatalogEvents.updated, productFacts(updated));
        return updated;
      });
      return toProductDto(row, await refsOf(row), true);
    },

    async auditTrail(id: string, limit: number, afterId: number) {
      if (!(await repo.findById(deps.db, id))) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
      return deps.audit.list(deps.db, 'product', id, limit, afterId);
    },

    async keywords() {
      return (await repo.keywords(deps.db)).map((row) => ({
        id: row.id,
        keyword: row.keyword,
        createdAt: row.createdAt.toISOString(),
      }));
    },

    async addKeyword(actor: Person, keyword: string) {
      const cleaned = keyword.normalize('NFC').trim().toLowerCase();
      const folded = foldVietnamese(cleaned)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
      if (!folded)
        throw productErrors.CATALOG_INVALID_INPUT(undefined, [
          { path: '/body/keyword', message: 'must contain letters or digits' },
        ]);
      try {
        return await deps.db.transaction(async (tx) => {
          const row = await repo.insertKeyword(tx, { keyword: cleaned, folded, createdBy: actor.userId });
          if (!row) throw new Error('keyword insert returned nothing');
          await deps.audit.record(tx, {
            entityType: 'prohibited-keyword',
            entityId: row.id,
            action: 'added',
            actor,
            details: { keyword: cleaned },
          });
          // the live listings are checked again by a job: a large catalogue is not walked in this request
          await deps.outbox.write(tx, KeywordRecheckEvents.started, { keywordId: row.id, keyword: cleaned, afterId: null });
          return { id: row.id, keyword: row.keyword, createdAt: row.createdAt.toISOString() };
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw productErrors.CATALOG_KEYWORD_EXISTS();
        throw error;
      }
    },

    async removeKeyword(actor: Person, id: string) {
      await deps.db.transaction(async (tx) => {
        if (!(await repo.deleteKeyword(tx, id))) throw productErrors.CATALOG_KEYWORD_NOT_FOUND();
        await deps.audit.record(tx, { entityType: 'prohibited-keyword', entityId: id, action: 'removed', actor });
      });
    },

    async seedKeywords(keywords: string[]) {
      if ((await repo.keywords(deps.db)).length > 0) return;
      for (const keyword of keywords) {
        const folded = foldVietnamese(keyword)
          .replace(/[^a-z0-9]+/g, ' ')
          .trim();
        await repo.insertKeyword(deps.db, { keyword, folded });
      }
    },
  };
  return service;
}

export type ProductService = ReturnType<typeof createProductService>;
