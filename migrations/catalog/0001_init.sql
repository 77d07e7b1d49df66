CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TABLE "catalog"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_roles" text[] NOT NULL,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"path" uuid[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "catalog"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"published_at" timestamp with time zone,
	"dead_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalog"."product_slugs" (
	"slug" text PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"category_id" uuid NOT NULL,
	"price" bigint NOT NULL,
	"unit" text NOT NULL,
	"stock" integer NOT NULL,
	"min_order_qty" integer DEFAULT 1 NOT NULL,
	"wholesale_tiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"origin" text,
	"ocop_stars" integer,
	"ocop_certificate_no" text,
	"ocop_issuer" text,
	"ocop_issued_on" date,
	"ocop_expires_on" date,
	"ocop_verified_at" timestamp with time zone,
	"manufacturer" text,
	"net_quantity" text,
	"ingredients" text,
	"storage" text,
	"warnings" text,
	"vat_category" text DEFAULT 'KCT' NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"flagged_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalog"."prohibited_keywords" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"keyword" text NOT NULL,
	"folded" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."search_documents" (
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
CREATE TABLE "catalog"."search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"doc_count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "catalog"."audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_slug_key" ON "catalog"."categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "catalog"."categories" USING btree ("parent_id","position");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "catalog"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "products_slug_key" ON "catalog"."products" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "products_enterprise_idx" ON "catalog"."products" USING btree ("enterprise_id","status");--> statement-breakpoint
CREATE INDEX "products_queue_idx" ON "catalog"."products" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "prohibited_keywords_folded_key" ON "catalog"."prohibited_keywords" USING btree ("folded");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "catalog"."search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_category_idx" ON "catalog"."search_documents" USING gin ("category_path");--> statement-breakpoint
CREATE INDEX "search_documents_price_idx" ON "catalog"."search_documents" USING btree ("price","id");--> statement-breakpoint
CREATE INDEX "search_documents_newest_idx" ON "catalog"."search_documents" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "search_documents_enterprise_idx" ON "catalog"."search_documents" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "catalog"."search_words" USING gin ("word" gin_trgm_ops);