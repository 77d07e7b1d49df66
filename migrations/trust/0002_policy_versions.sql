CREATE TABLE "trust"."policy_acceptances" (
	"user_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_acceptances_user_id_version_id_pk" PRIMARY KEY("user_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "trust"."policy_announcements" (
	"version_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_announcements_version_id_user_id_pk" PRIMARY KEY("version_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "trust"."policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"body_en" text,
	"summary" text NOT NULL,
	"effective_from" date NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"announcement_sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "trust"."policy_acceptances" ADD CONSTRAINT "policy_acceptances_version_id_policy_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "trust"."policy_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust"."policy_announcements" ADD CONSTRAINT "policy_announcements_version_id_policy_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "trust"."policy_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_acceptances_version_idx" ON "trust"."policy_acceptances" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_slug_version_key" ON "trust"."policy_versions" USING btree ("slug","version");