import { randomUUID } from 'node:crypto';
import type { AuditLog } from '@tradeqn/audit';
import { type Db, type Executor, isUniqueViolation } from '@tradeqn/db';
import { type FileStore, sniffAllowedType } from '@tradeqn/storage';
import { firstFreeSlug, slugify, stripInvisible, vnDateOf } from '@tradeqn/vn';
import { and, asc, desc, eq, gte, inArray, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { contents } from '../db/content-schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import { contentPath, kindsOf } from './content-paths.ts';
import type { ContentDto, ContentInput, ContentKind, ContentPageDto, ContentSection, ContentState } from './content-schemas.ts';
import { plainTextOf, sanitizeRichText } from './rich-text.ts';

type Person = { userId: string; roles: string[] };
type ContentRow = typeof contents.$inferSelect;

const PAGE_SIZE = 20;
const isAdmin = (actor: Person) => actor.roles.includes('admin');

function present(row: ContentRow): ContentDto {
  return {
    id: row.id,
    kind: row.kind as ContentKind,
    state: row.state as ContentState,
    title: row.title,
    slug: row.slug,
    path: contentPath(row.kind as ContentKind, row.slug),
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    metaTitle: row.metaTitle,
    metaDescription: row.metaDescription,
    ogImage: row.ogImage,
    chapter: row.chapter,
    docNumber: row.docNumber,
    issuingBody: row.issuingBody,
    issuedOn: row.issuedOn,
    effectiveOn: row.effectiveOn,
    fileName: row.fileName,
    offerType: row.offerType as ContentDto['offerType'],
    product: row.product,
    quantity: row.quantity,
    contact: row.contact,
    expiresOn: row.expiresOn,
    authorId: row.authorId,
    contributors: row.contributors,
    reviewComment: row.reviewComment,
    publishAt: row.publishAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const invalid = (path: string, en: string, vi: string) =>
  programmeErrors.PROGRAMME_INVALID_INPUT({ vi, en }, [{ path: `/body/${path}`, message: en }]);

const trimmed = (value: string | undefined) => value?.trim() || null;

/** The row's columns from an editor's input: the body sanitised, the kind's own fields required, the others cleared. */
function columnsOf(input: ContentInput) {
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  if (!plainTextOf(bodyHtml) && !bodyHtml.includes('<img')) {
    throw invalid('bodyHtml', 'the body has no content once cleaned', 'Nội dung trống sau khi đã lọc mã không cho phép');
  }
  const kind = input.kind;
  const need = (field: keyof ContentInput, vi: string) => {
    const value = input[field];
    if (value === undefined || (typeof value === 'string' && !value.trim())) {
      throw invalid(field, `${field} is required for ${kind}`, vi);
    }
  };
  if (kind === 'handbook') need('chapter', 'Cần số thứ tự chương');
  if (kind === 'legal') {
    need('docNumber', 'Cần số hiệu văn bản');
    need('issuingBody', 'Cần cơ quan ban hành');
    need('issuedOn', 'Cần ngày ban hành');
    if (input.effectiveOn && input.issuedOn && input.effectiveOn < input.issuedOn) {
      throw invalid('effectiveOn', 'must not be before issuedOn', 'Ngày hiệu lực không được trước ngày ban hành');
    }
  }
  if (kind === 'trade') {
    need('offerType', 'Chọn cần mua hay cần bán');
    need('product', 'Cần tên sản phẩm, hàng hoá');
    need('contact', 'Cần thông tin liên hệ');
  }
  const legal = kind === 'legal';
  const trade = kind === 'trade';
  return {
    kind,
    title: stripInvisible(input.title).trim(),
    summary: input.summary.trim(),
    bodyHtml,
    metaTitle: trimmed(input.metaTitle),
    metaDescription: trimmed(input.metaDescription),
    ogImage: input.ogImage ?? null,
    chapter: kind === 'handbook' ? (input.chapter ?? null) : null,
    docNumber: legal ? trimmed(input.docNumber) : null,
    issuingBody: legal ? trimmed(input.issuingBody) : null,
    issuedOn: legal ? (input.issuedOn ?? null) : null,
    effectiveOn: legal ? (input.effectiveOn ?? null) : null,
    offerType: trade ? (input.offerType ?? null) : null,
    product: trade ? trimmed(input.product) : null,
    quantity: trade ? trimmed(input.quantity) : null,
    contact: trade ? trimmed(input.contact) : null,
    expiresOn: trade ? (input.expiresOn ?? null) : null,
  };
}

/**
 * The editorial board's content: news, announcements, the handbook's chapters, legal documents
 * and trading opportunities. Editors write drafts and submit them; another editor, or an admin,
 * publishes (now or at a set time) or sends the item back with a comment. Every change is
 * audited. The public reads only what is published and due: `publish_at <= now` is part of every
 * public query, so a scheduled item appears at its time with no job to run.
 */
export function createContentService(deps: { db: Db; files: FileStore; audit: AuditLog; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  const visible = (at: Date): SQL => and(eq(contents.state, 'published'), lte(contents.publishAt, at)) as SQL;

  async function load(id: string, tx: Executor = deps.db): Promise<ContentRow> {
    const [row] = await tx.select().from(contents).where(eq(contents.id, id));
    if (!row) throw programmeErrors.PROGRAMME_CONTENT_NOT_FOUND();
    return row;
  }

  async function freeSlug(tx: Executor, base: string): Promise<string> {
    const taken = await tx
      .select({ slug: contents.slug })
      .from(contents)
      .where(or(eq(contents.slug, base), like(contents.slug, `${base}-%`)));
    return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
  }

  async function slugFor(tx: Executor, input: ContentInput, current?: ContentRow): Promise<string> {
    if (input.slug) {
      const [other] = await tx.select({ id: contents.id }).from(contents).where(eq(contents.slug, input.slug));
      if (other && other.id !== current?.id) throw programmeErrors.PROGRAMME_CONTENT_SLUG_TAKEN();
      return input.slug;
    }
    return current?.slug ?? freeSlug(tx, slugify(input.title, 90).replace(/^san-pham$/, 'bai-viet'));
  }

  /** Moves an item from one state to the next, atomically: a second click, or a race, finds it moved and gets 409. */
  async function transition(
    actor: Person,
    id: string,
    from: ContentState,
    set: Partial<typeof contents.$inferInsert>,
    action: string,
    details: Record<string, unknown> = {},
    reason: string | null = null,
  ): Promise<ContentDto> {
    const row = await deps.db.transaction(async (tx) => {
      const [moved] = await tx
        .update(contents)
        .set({ ...set, updatedAt: now() })
        .where(and(eq(contents.id, id), eq(contents.state, from)))
        .returning();
      if (!moved) {
        await load(id, tx);
        throw programmeErrors.PROGRAMME_CONTENT_STATE();
      }
      await deps.audit.record(tx, { entityType: 'content', entityId: id, action, actor, reason, details });
      return moved;
    });
    return present(row);
  }

  async function uniqueSlug<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      // two editors claiming the same slug at once: the second is told, nothing is written
      if (isUniqueViolation(error)) throw programmeErrors.PROGRAMME_CONTENT_SLUG_TAKEN();
      throw error;
    }
  }

  const withContributor = (row: { contributors: string[] }, actor: Person) => [...new Set([...row.contributors, actor.userId])];

  return {
    /** A new draft by `actor`. */
    async create(actor: Person, input: ContentInput): Promise<ContentDto> {
      const columns = columnsOf(input);
      const row = await uniqueSlug(() =>
        deps.db.transaction(async (tx) => {
          const [inserted] = await tx
            .insert(contents)
            .values({ ...columns, slug: await slugFor(tx, input), authorId: actor.userId, contributors: [actor.userId] })
            .returning();
          if (!inserted) throw new Error('content not inserted');
          await deps.audit.record(tx, {
            entityType: 'content',
            entityId: inserted.id,
            action: 'create',
            actor,
            details: { kind: inserted.kind, title: inserted.title },
          });
          return inserted;
        }),
      );
      return present(row);
    },

    /** Edits a draft (an item in review or published goes back to draft first, so nothing public changes unreviewed). */
    async update(actor: Person, id: string, input: ContentInput): Promise<ContentDto> {
      const columns = columnsOf(input);
      const row = await uniqueSlug(() =>
        deps.db.transaction(async (tx) => {
          const [current] = await tx.select().from(contents).where(eq(contents.id, id)).for('update');
          if (!current) throw programmeErrors.PROGRAMME_CONTENT_NOT_FOUND();
          if (current.state !== 'draft') throw programmeErrors.PROGRAMME_CONTENT_STATE();
          const [updated] = await tx
            .update(contents)
            .set({
              ...columns,
              slug: await slugFor(tx, input, current),
              contributors: withContributor(current, actor),
              updatedAt: now(),
            })
            .where(eq(contents.id, id))
            .returning();
          if (!updated) throw programmeErrors.PROGRAMME_CONTENT_NOT_FOUND();
          await deps.audit.record(tx, {
            entityType: 'content',
            entityId: id,
            action: 'update',
            actor,
            details: { title: updated.title },
          });
          return updated;
        }),
      );
      return present(row);
    },

    /** draft → in_review. */
    submit: (actor: Person, id: string) => transition(actor, id, 'draft', { state: 'in_review' }, 'submit'),

    /** in_review → draft, with the reviewer's comment for the author. */
    returnToDraft: (actor: Person, id: string, comment: string) =>
      transition(actor, id, 'in_review', { state: 'draft', reviewComment: comment.trim() }, 'return', {}, comment.trim()),

    /** published → draft (taken down at once), with why. */
    withdraw: (actor: Person, id: string, comment: string) =>
      transition(
        actor,
        id,
        'published',
        { state: 'draft', reviewComment: comment.trim(), publishAt: null, publishedBy: null },
        'withdraw',
        {},
        comment.trim(),
      ),

    /**
     * in_review → published, now or at `publishAt`. The four-eyes rule: an editor may not
     * publish what they wrote themselves; an admin may (the province's accountable officer,
     * and a board of one editor must still be able to publish).
     */
    async publish(actor: Person, id: string, publishAt?: string): Promise<ContentDto> {
      const row = await load(id);
      // not the author, nor anyone who changed it since: someone else reads every word before it is public
      const wrote = row.authorId === actor.userId || row.contributors.includes(actor.userId);
      if (wrote && !isAdmin(actor)) throw programmeErrors.PROGRAMME_CONTENT_SELF_PUBLISH();
      const at = publishAt ? new Date(publishAt) : now();
      return transition(
        actor,
        id,
        'in_review',
        { state: 'published', publishAt: at, publishedBy: actor.userId, reviewComment: null },
        publishAt ? 'schedule' : 'publish',
        { publishAt: at.toISOString() },
      );
    },

    /** A legal document's PDF, for a draft; the previous file is removed once the new one is recorded. */
    async attachFile(actor: Person, id: string, file: { data: Buffer; fileName: string }): Promise<ContentDto> {
      const current = await load(id);
      if (current.kind !== 'legal') {
        throw programmeErrors.PROGRAMME_CONTENT_FILE({
          vi: 'Chỉ văn bản pháp luật có tệp đính kèm',
          en: 'Only legal documents have a file',
        });
      }
      if (current.state !== 'draft') throw programmeErrors.PROGRAMME_CONTENT_STATE();
      const type = await sniffAllowedType(file.data, ['application/pdf']);
      if (!type) throw programmeErrors.PROGRAMME_CONTENT_FILE();
      const fileKey = `private/programme/content/${id}/${randomUUID()}.pdf`;
      const fileName =
        Array.from(
          stripInvisible(file.fileName)
            .replace(/[\p{Cc}/\\]/gu, '_')
            .trim(),
        )
          .slice(-120)
          .join('') || 'van-ban.pdf';
      await deps.files.put(fileKey, file.data, type.mime);
      try {
        const row = await deps.db.transaction(async (tx) => {
          const [updated] = await tx
            .update(contents)
            .set({ fileKey, fileName, contributors: withContributor(current, actor), updatedAt: now() })
            .where(and(eq(contents.id, id), eq(contents.state, 'draft')))
            .returning();
          if (!updated) throw programmeErrors.PROGRAMME_CONTENT_STATE();
          await deps.audit.record(tx, {
            entityType: 'content',
            entityId: id,
            action: 'file',
            actor,
            details: { fileName, sizeBytes: file.data.length },
          });
          return updated;
        });
        if (current.fileKey) await deps.files.delete(current.fileKey).catch(() => {});
        return present(row);
      } catch (error) {
        await deps.files.delete(fileKey).catch(() => {});
        throw error;
      }
    },

    async get(id: string): Promise<ContentDto> {
      return present(await load(id));
    },

    /** The console's list: newest change first. */
    async list(filter: { kind?: ContentKind; state?: ContentState; page?: number }): Promise<ContentPageDto> {
      const where = and(
        filter.kind ? eq(contents.kind, filter.kind) : undefined,
        filter.state ? eq(contents.state, filter.state) : undefined,
      );
      return page(where, [desc(contents.updatedAt), desc(contents.id)], filter.page ?? 1);
    },

    /** A public section's items, published and due; the handbook in chapter order, the rest newest first. */
    async publicList(section: ContentSection, filter: { kind?: ContentKind; page?: number }): Promise<ContentPageDto> {
      const at = now();
      const kinds = kindsOf(section).filter((kind) => !filter.kind || kind === filter.kind);
      if (kinds.length === 0) return { items: [], total: 0, page: filter.page ?? 1, pageSize: PAGE_SIZE };
      const where = and(
        visible(at),
        inArray(contents.kind, [...kinds]),
        // an offer past its date is no longer an opportunity: off the list (its page says so)
        section === 'trade' ? or(isNull(contents.expiresOn), gte(contents.expiresOn, vnDateOf(at))) : undefined,
      );
      const order =
        section === 'handbook'
          ? [asc(contents.chapter), asc(contents.id)]
          : section === 'legal'
            ? [desc(contents.issuedOn), desc(contents.publishAt), desc(contents.id)]
            : [desc(contents.publishAt), desc(contents.id)];
      return page(where, order, filter.page ?? 1);
    },

    /** One public item: drafts, items in review and items scheduled for later are not found. */
    async publicGet(section: ContentSection, slug: string): Promise<ContentDto> {
      const [row] = await deps.db
        .select()
        .from(contents)
        .where(and(visible(now()), eq(contents.slug, slug), inArray(contents.kind, [...kindsOf(section)])));
      if (!row) throw programmeErrors.PROGRAMME_CONTENT_NOT_FOUND();
      return present(row);
    },

    /** A public legal document's PDF. */
    async publicFile(slug: string) {
      const [row] = await deps.db
        .select()
        .from(contents)
        .where(and(visible(now()), eq(contents.slug, slug), eq(contents.kind, 'legal')));
      const file = row?.fileKey ? await deps.files.get(row.fileKey) : undefined;
      if (!row || !file) throw programmeErrors.PROGRAMME_CONTENT_NOT_FOUND();
      return { ...file, fileName: row.fileName ?? `${row.slug}.pdf` };
    },

    /** Every public item's path and last change, for the sitemap. */
    async publishedPaths(): Promise<{ path: string; lastmod: Date }[]> {
      const rows = await deps.db
        .select({ kind: contents.kind, slug: contents.slug, updatedAt: contents.updatedAt, publishAt: contents.publishAt })
        .from(contents)
        // an offer past its date is off the list, and so off the sitemap
        .where(and(visible(now()), or(isNull(contents.expiresOn), gte(contents.expiresOn, vnDateOf(now())))))
        .orderBy(asc(contents.kind), asc(contents.slug));
      return rows.map((row) => ({
        path: contentPath(row.kind as ContentKind, row.slug),
        lastmod: row.publishAt && row.publishAt > row.updatedAt ? row.publishAt : row.updatedAt,
      }));
    },
  };

  async function page(where: SQL | undefined, order: SQL[], pageNumber: number): Promise<ContentPageDto> {
    const [rows, [count]] = await Promise.all([
      deps.db
        .select()
        .from(contents)
        .where(where)
        .orderBy(...order)
        .limit(PAGE_SIZE)
        .offset((pageNumber - 1) * PAGE_SIZE),
      deps.db.select({ n: sql<number>`count(*)::int` }).from(contents).where(where),
    ]);
    return { items: rows.map(present), total: Number(count?.n ?? 0), page: pageNumber, pageSize: PAGE_SIZE };
  }
}

export type ContentService = ReturnType<typeof createContentService>;
