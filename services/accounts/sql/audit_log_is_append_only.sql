-- The audit log refuses UPDATE, DELETE and TRUNCATE: staff decisions are never rewritten.
CREATE OR REPLACE FUNCTION "accounts".audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
