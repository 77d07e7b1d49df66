CREATE TABLE "trust"."data_breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"data_categories" text NOT NULL,
	"people_affected" integer,
	"measures" text NOT NULL,
	"discovered_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"escalated_48_at" timestamp with time zone,
	"escalated_66_at" timestamp with time zone,
	"authority_notified_at" timestamp with time zone,
	"authority_reference" text,
	"is_within_deadline" boolean,
	"subjects_notified_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "data_breaches_open_idx" ON "trust"."data_breaches" USING btree ("discovered_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "data_breaches_created_idx" ON "trust"."data_breaches" USING btree ("created_at","id");