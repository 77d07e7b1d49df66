CREATE TABLE "programme"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "programme"."outbox" (
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
CREATE TABLE "programme"."registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"organisation" text,
	"attended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme"."training_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"audience" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_events_capacity" CHECK ("programme"."training_events"."registered_count" >= 0 AND "programme"."training_events"."registered_count" <= "programme"."training_events"."capacity"),
	CONSTRAINT "training_events_times" CHECK ("programme"."training_events"."ends_at" > "programme"."training_events"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "programme"."registrations" ADD CONSTRAINT "registrations_event_id_training_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "programme"."training_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "programme"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_key" ON "programme"."registrations" USING btree ("event_id","email");--> statement-breakpoint
CREATE INDEX "training_events_starts_idx" ON "programme"."training_events" USING btree ("starts_at");