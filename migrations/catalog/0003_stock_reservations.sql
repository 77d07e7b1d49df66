CREATE TABLE "catalog"."stock_reservations" (
	"reservation_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"status" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	CONSTRAINT "stock_reservations_reservation_id_product_id_pk" PRIMARY KEY("reservation_id","product_id")
);
--> statement-breakpoint
CREATE INDEX "stock_reservations_expiry_idx" ON "catalog"."stock_reservations" USING btree ("expires_at") WHERE status = 'held';--> statement-breakpoint
-- the last guard against overselling: no update may take stock below zero
ALTER TABLE "catalog"."products" ADD CONSTRAINT "products_stock_not_negative" CHECK (stock >= 0);
