CREATE SCHEMA "searchtest";
--> statement-breakpoint
CREATE TABLE "searchtest"."search_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_lower" text NOT NULL,
	"words" text[] NOT NULL,
	"text_folded" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, text_folded)) STORED,
	"tsv_exact" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, name_lower)) STORED,
	"category_path" text[] NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"ward_code" text NOT NULL,
	"price" bigint NOT NULL,
	"ocop_stars" integer,
	"created_at" timestamp with time zone NOT NULL,
	"card" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "searchtest"."search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"doc_count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "searchtest"."search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_category_idx" ON "searchtest"."search_documents" USING gin ("category_path");--> statement-breakpoint
CREATE INDEX "search_documents_price_idx" ON "searchtest"."search_documents" USING btree ("price","id");--> statement-breakpoint
CREATE INDEX "search_documents_newest_idx" ON "searchtest"."search_documents" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "search_documents_enterprise_idx" ON "searchtest"."search_documents" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "searchtest"."search_words" USING gin ("word" gin_trgm_ops);