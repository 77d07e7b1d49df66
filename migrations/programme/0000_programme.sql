CREATE SCHEMA "programme";
--> statement-breakpoint
CREATE TABLE "programme"."audit_log" (
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
CREATE TABLE "programme"."figures" (
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "figures_indicator_year_pk" PRIMARY KEY("indicator","year")
);
--> statement-breakpoint
CREATE TABLE "programme"."periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periods_years" CHECK ("programme"."periods"."start_year" <= "programme"."periods"."end_year" AND "programme"."periods"."start_year" >= 2000 AND "programme"."periods"."end_year" <= 2100)
);
--> statement-breakpoint
CREATE TABLE "programme"."targets" (
	"period_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"year" integer DEFAULT 0 NOT NULL,
	"value" numeric(12, 2) NOT NULL,
	CONSTRAINT "targets_period_id_indicator_year_pk" PRIMARY KEY("period_id","indicator","year")
);
--> statement-breakpoint
ALTER TABLE "programme"."targets" ADD CONSTRAINT "targets_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "programme"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "programme"."audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_name_key" ON "programme"."periods" USING btree ("name");