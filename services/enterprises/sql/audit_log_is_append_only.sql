-- The audit log refuses UPDATE, DELETE and TRUNCATE: decisions are never rewritten.
-- (The triggers that call it are in migrations/enterprises/0001_audit_append_only.sql.)
CREATE OR REPLACE FUNCTION "enterprises".audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
