-- Consent decisions are never rewritten: a withdrawal is a new row, so the history stays whole.
CREATE OR REPLACE FUNCTION "accounts".consents_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consents are append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
