CREATE TABLE "payments"."settled_orders" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"settled_at" timestamp with time zone DEFAULT now() NOT NULL
);
