-- A verification record is never rewritten: a later decision is a new row, so the history stays whole.
-- (The trigger that calls it is in migrations/enterprises/0005_verification_records.sql.)
CREATE OR REPLACE FUNCTION "enterprises".verifications_are_never_rewritten() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'verification records are never rewritten' USING ERRCODE = 'insufficient_privilege';
END $$;
