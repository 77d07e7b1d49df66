import { sql } from 'drizzle-orm';
import { check, date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { programmeSchema, timestamptz } from './programme-schema.ts';

/**
 * An item the editorial board publishes on the portal: news, an announcement, a chapter of the
 * e-commerce handbook, a legal document or a trading opportunity. The kind's own facts sit in
 * nullable columns (a legal document's number, an offer's product), each kind's required ones
 * checked by the service. `body_html` is stored already sanitised: nothing else reaches a page.
 * An item is public when `state` is `published` and `publish_at` has come.
 */
export const contents = programmeSchema.table(
  'contents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    state: text('state').notNull().default('draft'),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    summary: text('summary').notNull(),
    bodyHtml: text('body_html').notNull(),
    metaTitle: text('meta_title'),
    metaDescription: text('meta_description'),
    ogImage: text('og_image'),
    /** handbook: the chapter's place in the book. */
    chapter: integer('chapter'),
    /** legal: số hiệu (52/2013/NĐ-CP), cơ quan ban hành, ngày ban hành, ngày hiệu lực, the PDF. */
    docNumber: text('doc_number'),
    issuingBody: text('issuing_body'),
    issuedOn: date('issued_on', { mode: 'string' }),
    effectiveOn: date('effective_on', { mode: 'string' }),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    /** trade: buy or sell, what, how much, whom to contact, until when. */
    offerType: text('offer_type'),
    product: text('product'),
    quantity: text('quantity'),
    contact: text('contact'),
    expiresOn: date('expires_on', { mode: 'string' }),
    authorId: uuid('author_id').notNull(),
    /** Everyone who wrote or changed it (the author first): none of them may publish it, admins aside. */
    contributors: uuid('contributors').array().notNull().default(sql`'{}'::uuid[]`),
    /** Who sent it back to draft and why (kept until it is submitted again). */
    reviewComment: text('review_comment'),
    publishAt: timestamptz('publish_at'),
    publishedBy: uuid('published_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contents_slug_key').on(t.slug),
    index('contents_public_idx').on(t.kind, t.publishAt).where(sql`${t.state} = 'published'`),
    check('contents_kind', sql`${t.kind} IN ('news', 'announcement', 'handbook', 'legal', 'trade')`),
    check('contents_state', sql`${t.state} IN ('draft', 'in_review', 'published')`),
    check('contents_published_at', sql`${t.state} <> 'published' OR ${t.publishAt} IS NOT NULL`),
  ],
);
