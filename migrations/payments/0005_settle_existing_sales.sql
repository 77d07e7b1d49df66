-- Sales booked before payouts waited for delivery stay payable as they were: every order already
-- on a ledger counts as settled. From now on an order is settled when it is delivered.
INSERT INTO "payments"."settled_orders" ("order_id")
SELECT DISTINCT "order_id" FROM "payments"."ledger_entries" WHERE "order_id" IS NOT NULL
ON CONFLICT DO NOTHING;
