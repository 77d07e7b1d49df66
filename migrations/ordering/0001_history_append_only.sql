-- An order's history is the record of who changed what: it refuses UPDATE, DELETE and TRUNCATE.
CREATE OR REPLACE FUNCTION "ordering".order_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'order_history is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER order_history_no_update_delete BEFORE UPDATE OR DELETE ON "ordering".order_history
  FOR EACH ROW EXECUTE FUNCTION "ordering".order_history_is_append_only();
--> statement-breakpoint
CREATE TRIGGER order_history_no_truncate BEFORE TRUNCATE ON "ordering".order_history
  FOR EACH STATEMENT EXECUTE FUNCTION "ordering".order_history_is_append_only();
--> statement-breakpoint
ALTER TABLE "ordering".order_lines ADD CONSTRAINT order_lines_quantity_positive CHECK (quantity > 0);
--> statement-breakpoint
ALTER TABLE "ordering".orders ADD CONSTRAINT orders_total_sum CHECK (total = subtotal + shipping_fee);
