CREATE SCHEMA "enterprises";
--> statement-breakpoint
CREATE TABLE "enterprises"."audit_log" (
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
CREATE TABLE "enterprises"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises"."enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"tax_code" text NOT NULL,
	"business_reg_number" text,
	"business_reg_date" date,
	"business_reg_place" text,
	"representative" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"province_code" text NOT NULL,
	"province_name" text NOT NULL,
	"ward_code" text NOT NULL,
	"ward_name" text NOT NULL,
	"street" text NOT NULL,
	"admin_units_version" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"introduction" text,
	"website" text,
	"custom_domain" text,
	"licence_number" text,
	"licence_date" date,
	"licence_issuer" text,
	"logo_key" text,
	"cover_key" text,
	"bank_bin" text,
	"bank_account_no" text,
	"bank_account_holder" text,
	"is_export_ready" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"status_reason" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enterprises"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "enterprises"."invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"sent_at" timestamp with time zone,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enterprises"."members" (
	"enterprise_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_enterprise_id_user_id_pk" PRIMARY KEY("enterprise_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "enterprises"."outbox" (
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
CREATE TABLE "enterprises"."profile_history" (
	"enterprise_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_history_enterprise_id_version_pk" PRIMARY KEY("enterprise_id","version")
);
--> statement-breakpoint
ALTER TABLE "enterprises"."documents" ADD CONSTRAINT "documents_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises"."invitations" ADD CONSTRAINT "invitations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises"."members" ADD CONSTRAINT "members_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises"."profile_history" ADD CONSTRAINT "profile_history_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "enterprises"."audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "documents_enterprise_idx" ON "enterprises"."documents" USING btree ("enterprise_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_slug_key" ON "enterprises"."enterprises" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_tax_code_key" ON "enterprises"."enterprises" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "enterprises_status_queue_idx" ON "enterprises"."enterprises" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "enterprises_directory_idx" ON "enterprises"."enterprises" USING btree ("status","name","id");--> statement-breakpoint
CREATE INDEX "invitations_enterprise_idx" ON "enterprises"."invitations" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "members_user_idx" ON "enterprises"."members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "enterprises"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;