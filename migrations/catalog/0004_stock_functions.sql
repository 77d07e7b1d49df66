-- Stock moves as single statements: a checkout reserves every line, or none, in one round trip
-- to the database (the function runs atomically), which is what lets checkout keep up under load.
CREATE OR REPLACE FUNCTION "catalog".reserve_stock(lines jsonb, hold_until timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  line record;
  made integer;
  left_over integer;
BEGIN
  INSERT INTO "catalog".stock_reservations (reservation_id, product_id, quantity, status, expires_at)
    SELECT l.reservation_id, l.product_id, l.quantity, 'held', hold_until
    FROM jsonb_to_recordset(lines) AS l(reservation_id uuid, product_id uuid, quantity integer)
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS made = ROW_COUNT;
  -- a retried call for the same orders finds its rows there and takes nothing twice
  IF made = 0 THEN RETURN; END IF;
  IF made < jsonb_array_length(lines) THEN
    RAISE EXCEPTION 'part of this reservation already exists' USING ERRCODE = 'QN002';
  END IF;
  -- rows are locked in product order, so that two checkouts never wait on each other in a circle
  FOR line IN
    SELECT * FROM jsonb_to_recordset(lines) AS l(reservation_id uuid, product_id uuid, quantity integer) ORDER BY l.product_id
  LOOP
    UPDATE "catalog".products SET stock = stock - line.quantity
      WHERE id = line.product_id AND status = 'approved' AND stock >= line.quantity;
    IF NOT FOUND THEN
      SELECT stock INTO left_over FROM "catalog".products WHERE id = line.product_id;
      RAISE EXCEPTION 'short of stock' USING ERRCODE = 'QN001', DETAIL = line.product_id::text || ' ' || coalesce(left_over, 0)::text;
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
-- Gives an order's units back; the conditional update makes a second call return nothing.
CREATE OR REPLACE FUNCTION "catalog".release_reservation(reservation uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  returned integer;
BEGIN
  WITH released AS (
    UPDATE "catalog".stock_reservations SET status = 'released', released_at = now()
      WHERE reservation_id = reservation AND status <> 'released'
      RETURNING product_id, quantity
  ), per_product AS (
    SELECT product_id, sum(quantity)::integer AS quantity FROM released GROUP BY product_id
  ), restocked AS (
    UPDATE "catalog".products p SET stock = p.stock + pp.quantity FROM per_product pp WHERE p.id = pp.product_id
      RETURNING pp.quantity
  )
  SELECT coalesce(sum(quantity), 0)::integer INTO returned FROM restocked;
  RETURN returned;
END $$;
