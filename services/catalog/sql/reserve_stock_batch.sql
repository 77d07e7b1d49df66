-- Many checkouts' reservations in one statement, so that a hundred buyers at once cost the
-- database one call rather than a hundred. Each request (one checkout: `request` numbers its lines)
-- gets all of its lines or none; requests are served in the order of their numbers, so a later one
-- can only take what an earlier one left. Answers one row for each refused request: its first short
-- product and the units that were left of it. The rows are locked once, in product order, so that
-- two batches (or a batch and a release) never wait on each other in a circle.
CREATE OR REPLACE FUNCTION "catalog".reserve_stock_batch(lines jsonb)
RETURNS TABLE (refused_request integer, short_product_id uuid, units_left integer)
LANGUAGE plpgsql AS $$
DECLARE
  line_request integer[];
  line_product uuid[];
  line_quantity integer[];
  line_reservation uuid[];
  written uuid[];
  served integer[];
  is_served boolean;
  granted_reservations uuid[] := '{}';
  refused_reservations uuid[] := '{}';
  product_ids uuid[];
  on_hand integer[];
  taken integer[];
  trial integer[];
  line_count integer;
  here integer := 1;
  cursor_at integer;
  slot integer;
  current_request integer;
  short_product uuid;
  short_units integer;
BEGIN
  SELECT array_agg(x.request ORDER BY x.request, x.product_id),
         array_agg(x.product_id ORDER BY x.request, x.product_id),
         array_agg(x.quantity ORDER BY x.request, x.product_id),
         array_agg(x.reservation_id ORDER BY x.request, x.product_id)
    INTO line_request, line_product, line_quantity, line_reservation
    FROM jsonb_to_recordset(lines) AS x(request integer, reservation_id uuid, product_id uuid, quantity integer);
  line_count := coalesce(array_length(line_request, 1), 0);
  IF line_count = 0 THEN RETURN; END IF;

  -- the reservations are written first (those of refused requests are taken out again below). A row
  -- that is already there is a retried call with the same ids: its request was served before and
  -- nothing is taken twice. (The unique key does the lookup; no separate read.)
  WITH inserted AS (
    INSERT INTO "catalog".stock_reservations (reservation_id, product_id, quantity, status, expires_at)
    SELECT DISTINCT ON (g.reservation_id, g.product_id) g.reservation_id, g.product_id, g.quantity, 'held', g.expires_at
      FROM (
        SELECT x.request, x.reservation_id, x.product_id, sum(x.quantity)::integer AS quantity, max(x.expires_at) AS expires_at
        FROM jsonb_to_recordset(lines) AS x(request integer, reservation_id uuid, product_id uuid, quantity integer, expires_at timestamptz)
        GROUP BY x.request, x.reservation_id, x.product_id
      ) g
      ORDER BY g.reservation_id, g.product_id, g.request
    ON CONFLICT DO NOTHING
    RETURNING reservation_id
  )
  SELECT coalesce(array_agg(DISTINCT inserted.reservation_id), '{}') INTO written FROM inserted;
  SELECT coalesce(array_agg(DISTINCT line_request[i]), '{}') INTO served
    FROM generate_subscripts(line_reservation, 1) AS i
    WHERE NOT line_reservation[i] = ANY(written);

  SELECT coalesce(array_agg(locked.id ORDER BY locked.id), '{}'),
         coalesce(array_agg(CASE WHEN locked.status = 'approved' THEN locked.stock ELSE 0 END ORDER BY locked.id), '{}')
    INTO product_ids, on_hand
    FROM (SELECT p.id, p.stock, p.status FROM "catalog".products p WHERE p.id = ANY(line_product) ORDER BY p.id FOR UPDATE) locked;
  taken := array_fill(0, ARRAY[coalesce(array_length(product_ids, 1), 0)]);

  WHILE here <= line_count LOOP
    current_request := line_request[here];
    -- served before (an earlier call) or earlier in this batch (the same reservation sent twice at once)
    is_served := current_request = ANY(served);
    cursor_at := here;
    WHILE NOT is_served AND cursor_at <= line_count AND line_request[cursor_at] = current_request LOOP
      is_served := line_reservation[cursor_at] = ANY(granted_reservations);
      cursor_at := cursor_at + 1;
    END LOOP;
    trial := taken;
    short_product := NULL;
    cursor_at := here;
    WHILE cursor_at <= line_count AND line_request[cursor_at] = current_request LOOP
      IF short_product IS NULL AND NOT is_served THEN
        slot := array_position(product_ids, line_product[cursor_at]);
        IF slot IS NULL THEN
          short_product := line_product[cursor_at];
          short_units := 0;
        ELSIF on_hand[slot] - trial[slot] < line_quantity[cursor_at] THEN
          short_product := line_product[cursor_at];
          short_units := on_hand[slot] - trial[slot];
        ELSE
          trial[slot] := trial[slot] + line_quantity[cursor_at];
        END IF;
      END IF;
      cursor_at := cursor_at + 1;
    END LOOP;
    IF short_product IS NULL THEN
      taken := trial;
      IF NOT is_served THEN granted_reservations := granted_reservations || line_reservation[here:cursor_at - 1]; END IF;
    ELSE
      refused_reservations := refused_reservations || line_reservation[here:cursor_at - 1];
      refused_request := current_request;
      short_product_id := short_product;
      units_left := short_units;
      RETURN NEXT;
    END IF;
    here := cursor_at;
  END LOOP;

  -- CHECK (stock >= 0) stays behind the arithmetic above
  UPDATE "catalog".products p SET stock = p.stock - t.units
    FROM unnest(product_ids, taken) AS t(id, units)
    WHERE p.id = t.id AND t.units > 0 AND p.id = ANY(product_ids);
  IF array_length(refused_reservations, 1) > 0 THEN
    DELETE FROM "catalog".stock_reservations r
      WHERE r.reservation_id = ANY(refused_reservations) AND r.reservation_id = ANY(written);
  END IF;
END $$;
