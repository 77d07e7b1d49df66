-- The moderation queue (GET /admin/products): listings of a status, those with prohibited-keyword
-- flags first, then the oldest submission (a draft never submitted: its creation), paged by
-- keyset on exactly this order; the queue's read writes the same expressions, so the planner
-- walks this index in order and stops after one page, at 100,000 products as at 100.
CREATE INDEX IF NOT EXISTS "products_moderation_queue_idx" ON "catalog"."products" (
  "status",
  ((cardinality("flagged_keywords") = 0)::int),
  (coalesce("submitted_at", "created_at")),
  "id"
);
