-- Gives an order's units back; the conditional update makes a second call return nothing.
-- The product rows are locked in id order, like reserve_stock_batch does, so a release and a batch
-- never wait on each other in a circle.
CREATE OR REPLACE FUNCTION "catalog".release_reservation(reservation uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  returned integer;
BEGIN
  PERFORM 1 FROM "catalog".products p
    WHERE p.id IN (SELECT r.product_id FROM "catalog".stock_reservations r WHERE r.reservation_id = reservation AND r.status <> 'released')
    ORDER BY p.id FOR UPDATE;
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
