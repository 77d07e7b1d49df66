-- The audit log refuses UPDATE, DELETE and TRUNCATE: decisions are never rewritten.
CREATE OR REPLACE FUNCTION "catalog".audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "catalog".audit_log
  FOR EACH ROW EXECUTE FUNCTION "catalog".audit_log_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "catalog".audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog".audit_log_is_append_only();
