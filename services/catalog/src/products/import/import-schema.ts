import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// the same schema as db/schema.ts's (which re-exports these tables): its own handle, so the two
// modules do not import each other
const catalogSchema = pgSchema('catalog');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One field a row of an import fails on: the product field, a stable code and the validator's words. */
export interface ImportRowError {
  field: string;
  code: string;
  message: string;
}

/**
 * A bulk import of products from a spreadsheet: checked when uploaded (every row's errors kept),
 * then started, and worked through in batches by the import job. Counts are read from its rows.
 */
export const productImports = catalogSchema.table(
  'product_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    createdBy: uuid('created_by').notNull(),
    fileName: text('file_name'),
    /** The created listings go to review (pending_review) instead of staying drafts. */
    submit: boolean('submit').notNull().default(false),
    /** checked → queued → running → finished. */
    status: text('status').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [index('product_imports_enterprise_idx').on(t.enterpriseId, t.createdAt)],
);

/**
 * A row of the sheet and what became of it: `invalid` (refused by the check, never tried),
 * `pending`, `creating` (claimed by a batch), `created` (with its product) or `failed` (the
 * product service refused it when it was tried). The state is what makes a job that runs again
 * create nothing twice.
 */
export const productImportRows = catalogSchema.table(
  'product_import_rows',
  {
    importId: uuid('import_id').notNull(),
    /** The row's number in the sheet (the header is row 1), so the seller finds it in Excel. */
    rowNo: integer('row_no').notNull(),
    name: text('name').notNull().default(''),
    /** The product as POST /products would take it (without enterpriseId and submit). */
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    state: text('state').notNull(),
    errors: jsonb('errors').$type<ImportRowError[]>().notNull().default(sql`'[]'::jsonb`),
    productId: uuid('product_id'),
    claimedAt: timestamptz('claimed_at'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNo] }), index('product_import_rows_open_idx').on(t.importId, t.state, t.rowNo)],
);
