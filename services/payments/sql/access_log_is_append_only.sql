-- The access log refuses UPDATE, DELETE and TRUNCATE: a look at guarded data is never unrecorded.
-- (The triggers that call it are in migrations/payments/0006_access_log.sql.)
CREATE OR REPLACE FUNCTION "payments".access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
