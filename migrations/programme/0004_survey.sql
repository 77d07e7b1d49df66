CREATE TABLE "programme"."questionnaire_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme"."questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme"."survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"ward_code" text,
	"sector" text,
	"mails_sent" integer DEFAULT 0 NOT NULL,
	"last_mailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme"."survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"invitation_id" uuid,
	"respondent_name" text NOT NULL,
	"ward_code" text,
	"sector" text,
	"answers" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_who" CHECK ("programme"."survey_responses"."enterprise_id" IS NOT NULL OR "programme"."survey_responses"."invitation_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "programme"."survey_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"remind_every_days" integer DEFAULT 7 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_rounds_year" CHECK ("programme"."survey_rounds"."year" >= 2000 AND "programme"."survey_rounds"."year" <= 2100),
	CONSTRAINT "survey_rounds_remind" CHECK ("programme"."survey_rounds"."remind_every_days" >= 1 AND "programme"."survey_rounds"."remind_every_days" <= 60)
);
--> statement-breakpoint
ALTER TABLE "programme"."questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "programme"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."survey_invitations" ADD CONSTRAINT "survey_invitations_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "programme"."survey_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."survey_responses" ADD CONSTRAINT "survey_responses_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "programme"."survey_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."survey_responses" ADD CONSTRAINT "survey_responses_version_id_questionnaire_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "programme"."questionnaire_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "programme"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme"."survey_rounds" ADD CONSTRAINT "survey_rounds_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "programme"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_versions_key" ON "programme"."questionnaire_versions" USING btree ("questionnaire_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_round_email_key" ON "programme"."survey_invitations" USING btree ("round_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_round_enterprise_key" ON "programme"."survey_invitations" USING btree ("round_id","enterprise_id") WHERE "programme"."survey_invitations"."enterprise_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_round_enterprise_key" ON "programme"."survey_responses" USING btree ("round_id","enterprise_id") WHERE "programme"."survey_responses"."enterprise_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_round_invitation_key" ON "programme"."survey_responses" USING btree ("round_id","invitation_id") WHERE "programme"."survey_responses"."invitation_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "survey_rounds_year_idx" ON "programme"."survey_rounds" USING btree ("year");