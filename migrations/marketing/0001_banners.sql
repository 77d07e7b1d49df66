CREATE TABLE "marketing"."banner_daily_stats" (
	"banner_id" uuid NOT NULL,
	"day" date NOT NULL,
	"impressions" bigint DEFAULT 0 NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "banner_daily_stats_banner_id_day_pk" PRIMARY KEY("banner_id","day")
);
--> statement-breakpoint
CREATE TABLE "marketing"."banners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot" text NOT NULL,
	"title" text NOT NULL,
	"image_key" text,
	"image_width" integer,
	"image_height" integer,
	"target_kind" text NOT NULL,
	"target" text,
	"target_approved_by" uuid,
	"target_approved_at" timestamp with time zone,
	"product_id" uuid,
	"enterprise_id" uuid,
	"campaign" text,
	"weight" integer DEFAULT 1 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "banners_live_idx" ON "marketing"."banners" USING btree ("slot","ends_at") WHERE "marketing"."banners"."status" = 'active';--> statement-breakpoint
CREATE INDEX "banners_created_idx" ON "marketing"."banners" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "banners_enterprise_idx" ON "marketing"."banners" USING btree ("enterprise_id","created_at","id");