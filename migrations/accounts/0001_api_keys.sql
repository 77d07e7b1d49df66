CREATE TABLE "accounts"."api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact_email" text,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"rate_per_minute" integer DEFAULT 1200 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_key" ON "accounts"."api_keys" USING btree ("key_hash");