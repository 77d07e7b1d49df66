CREATE TABLE "programme"."support_application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"message" text,
	"actor_id" uuid NOT NULL,
	"by_staff" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme"."support_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"enterprise_name" text NOT NULL,
	"applicant_id" uuid NOT NULL,
	"line_code" text NOT NULL,
	"line_name_vi" text NOT NULL,
	"line_name_en" text NOT NULL,
	"year" integer NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"provincial_share" bigint NOT NULL,
	"central_share" bigint NOT NULL,
	"enterprise_share" bigint NOT NULL,
	"rejection_reason" text,
	"paid_amount" bigint,
	"paid_on" date,
	"payment_reference" text,
	"paid_provincial" bigint,
	"paid_central" bigint,
	"paid_enterprise" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_applications_status" CHECK ("programme"."support_applications"."status" IN ('submitted', 'needs_more_info', 'resubmitted', 'approved', 'rejected', 'paid')),
	CONSTRAINT "support_applications_rejected" CHECK ("programme"."support_applications"."status" <> 'rejected' OR "programme"."support_applications"."rejection_reason" IS NOT NULL),
	CONSTRAINT "support_applications_paid" CHECK ("programme"."support_applications"."status" <> 'paid' OR ("programme"."support_applications"."paid_amount" > 0 AND "programme"."support_applications"."paid_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "programme"."support_budget" (
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"planned" bigint NOT NULL,
	"committed" bigint DEFAULT 0 NOT NULL,
	"paid" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_budget_year_source_pk" PRIMARY KEY("year","source"),
	CONSTRAINT "support_budget_source" CHECK ("programme"."support_budget"."source" IN ('provincial', 'central', 'enterprise')),
	CONSTRAINT "support_budget_year" CHECK ("programme"."support_budget"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "support_budget_amounts" CHECK (0 <= "programme"."support_budget"."paid" AND "programme"."support_budget"."paid" <= "programme"."support_budget"."committed" AND "programme"."support_budget"."committed" <= "programme"."support_budget"."planned")
);
--> statement-breakpoint
CREATE TABLE "programme"."support_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme"."support_lines" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"description_vi" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"amount" bigint NOT NULL,
	"provincial_share" bigint NOT NULL,
	"central_share" bigint NOT NULL,
	"enterprise_share" bigint NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_lines_split" CHECK ("programme"."support_lines"."amount" > 0 AND "programme"."support_lines"."provincial_share" >= 0 AND "programme"."support_lines"."central_share" >= 0 AND "programme"."support_lines"."enterprise_share" >= 0 AND "programme"."support_lines"."provincial_share" + "programme"."support_lines"."central_share" + "programme"."support_lines"."enterprise_share" = "programme"."support_lines"."amount")
);
--> statement-breakpoint
ALTER TABLE "programme"."support_application_events" ADD CONSTRAINT "support_application_events_application_id_support_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "programme"."support_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."support_applications" ADD CONSTRAINT "support_applications_line_code_support_lines_code_fk" FOREIGN KEY ("line_code") REFERENCES "programme"."support_lines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."support_documents" ADD CONSTRAINT "support_documents_application_id_support_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "programme"."support_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_application_events_application_idx" ON "programme"."support_application_events" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "support_applications_enterprise_idx" ON "programme"."support_applications" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "support_applications_status_idx" ON "programme"."support_applications" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_applications_once_key" ON "programme"."support_applications" USING btree ("enterprise_id","line_code","year") WHERE "programme"."support_applications"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "support_documents_application_idx" ON "programme"."support_documents" USING btree ("application_id");