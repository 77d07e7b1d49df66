ALTER TABLE "programme"."contents" ADD COLUMN "contributors" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- what was written before the column: its author wrote it
UPDATE "programme"."contents" SET "contributors" = ARRAY["author_id"] WHERE "contributors" = '{}'::uuid[];
