CREATE TABLE "enterprises"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"viewer_id" uuid NOT NULL,
	"viewer_roles" text[] NOT NULL,
	"subject" text NOT NULL,
	"subject_ref" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "enterprises"."access_log" USING btree ("at","id");--> statement-breakpoint
-- The access log refuses UPDATE, DELETE and TRUNCATE, as the audit log does: a look is never unrecorded.
CREATE OR REPLACE FUNCTION "enterprises".access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON "enterprises".access_log
  FOR EACH ROW EXECUTE FUNCTION "enterprises".access_log_is_append_only();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "enterprises".access_log
  FOR EACH STATEMENT EXECUTE FUNCTION "enterprises".access_log_is_append_only();
