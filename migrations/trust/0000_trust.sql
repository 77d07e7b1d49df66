CREATE SCHEMA "trust";
--> statement-breakpoint
CREATE TABLE "trust"."audit_log" (
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
CREATE TABLE "trust"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "trust"."outbox" (
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
CREATE TABLE "trust"."reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"target_name" text NOT NULL,
	"target_slug" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"details" text NOT NULL,
	"reporter_user_id" uuid,
	"reporter_email" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trust"."takedowns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_number" text NOT NULL,
	"document_date" date NOT NULL,
	"issuer" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"target_name" text NOT NULL,
	"target_slug" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"requested_action" text NOT NULL,
	"legal_basis" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"escalated_12_at" timestamp with time zone,
	"escalated_20_at" timestamp with time zone,
	"acted_at" timestamp with time zone,
	"acted_by" uuid,
	"action_note" text,
	"is_within_deadline" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "trust"."audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "trust"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;--> statement-breakpoint
CREATE INDEX "reports_status_created_idx" ON "trust"."reports" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "takedowns_open_idx" ON "trust"."takedowns" USING btree ("received_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "takedowns_created_idx" ON "trust"."takedowns" USING btree ("created_at","id");