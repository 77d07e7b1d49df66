CREATE TABLE "marketing"."campaign_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"batch" integer NOT NULL,
	"email" text NOT NULL,
	"subscriber_id" uuid,
	"user_id" uuid,
	"tracking" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"clicked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "marketing"."campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"scheduled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketing"."consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"purpose" text NOT NULL,
	"enterprise_id" uuid,
	"action" text NOT NULL,
	"wording_version" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketing"."follows" (
	"user_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"news" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"news_changed_at" timestamp with time zone,
	CONSTRAINT "follows_user_id_enterprise_id_pk" PRIMARY KEY("user_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "marketing"."subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"status" text NOT NULL,
	"tracking" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_recipients_email_key" ON "marketing"."campaign_recipients" USING btree ("campaign_id","email");--> statement-breakpoint
CREATE INDEX "campaign_recipients_batch_idx" ON "marketing"."campaign_recipients" USING btree ("campaign_id","batch","status");--> statement-breakpoint
CREATE INDEX "campaigns_owner_idx" ON "marketing"."campaigns" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "campaigns_due_idx" ON "marketing"."campaigns" USING btree ("scheduled_at") WHERE status = 'scheduled';--> statement-breakpoint
CREATE INDEX "consents_email_idx" ON "marketing"."consents" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "follows_enterprise_idx" ON "marketing"."follows" USING btree ("enterprise_id","news");--> statement-breakpoint
CREATE UNIQUE INDEX "subscribers_email_key" ON "marketing"."subscribers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "subscribers_status_idx" ON "marketing"."subscribers" USING btree ("status","id");