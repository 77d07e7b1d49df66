CREATE TABLE "catalog"."review_rights" (
	"buyer_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_rights_buyer_id_product_id_order_id_pk" PRIMARY KEY("buyer_id","product_id","order_id")
);
--> statement-breakpoint
CREATE TABLE "catalog"."reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"stars" integer NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"status_reason" text,
	"flagged_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_stars_range" CHECK ("catalog"."reviews"."stars" BETWEEN 1 AND 5)
);
--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "rating_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "rating_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_buyer_product_key" ON "catalog"."reviews" USING btree ("buyer_id","product_id");--> statement-breakpoint
CREATE INDEX "reviews_product_published_idx" ON "catalog"."reviews" USING btree ("product_id","published_at","id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "reviews_enterprise_idx" ON "catalog"."reviews" USING btree ("enterprise_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "reviews_queue_idx" ON "catalog"."reviews" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "reviews_buyer_idx" ON "catalog"."reviews" USING btree ("buyer_id","created_at","id");