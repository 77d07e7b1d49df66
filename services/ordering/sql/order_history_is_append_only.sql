-- An order's history is the record of who changed what: it refuses UPDATE, DELETE and TRUNCATE.
-- (The triggers that call it are in migrations/ordering/0001_history_append_only.sql.)
CREATE OR REPLACE FUNCTION "ordering".order_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'order_history is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
