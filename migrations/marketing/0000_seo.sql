CREATE SCHEMA "marketing";
--> statement-breakpoint
CREATE TABLE "marketing"."audit_log" (
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
CREATE TABLE "marketing"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "marketing"."outbox" (
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
CREATE TABLE "marketing"."seo_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"changes" bigint DEFAULT 0 NOT NULL,
	"built_changes" bigint DEFAULT -1 NOT NULL,
	"first_change_at" timestamp with time zone,
	"last_change_at" timestamp with time zone,
	"build_id" text,
	"previous_build_id" text,
	"previous_files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"built_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"last_duration_ms" integer,
	"last_error" text,
	"last_error_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "marketing"."audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "marketing"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;