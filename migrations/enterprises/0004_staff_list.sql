-- Staff list every enterprise (status "all") by submission date or by name: one index for each walk. The
-- submission time keeps milliseconds, as a page's cursor carries it, so the next page never repeats a row.
ALTER TABLE "enterprises"."enterprises" ALTER COLUMN "submitted_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "enterprises"."enterprises" ALTER COLUMN "submitted_at" SET DEFAULT now();--> statement-breakpoint
CREATE INDEX "enterprises_submitted_idx" ON "enterprises"."enterprises" USING btree ("submitted_at","id");--> statement-breakpoint
CREATE INDEX "enterprises_name_idx" ON "enterprises"."enterprises" USING btree ("name","id");