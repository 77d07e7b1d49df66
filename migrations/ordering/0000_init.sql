CREATE SCHEMA "ordering";
--> statement-breakpoint
CREATE TABLE "ordering"."cart_items" (
	"user_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cart_items_user_id_product_id_pk" PRIMARY KEY("user_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "ordering"."checkouts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"buyer_id" uuid NOT NULL,
	"payment_method" text NOT NULL,
	"total" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"status_code" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "ordering"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "ordering"."order_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."order_lines" (
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"product_id" uuid,
	"name" text NOT NULL,
	"slug" text,
	"unit" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" bigint NOT NULL,
	"line_total" bigint NOT NULL,
	"vat_category" text NOT NULL,
	"is_service" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_lines_order_id_position_pk" PRIMARY KEY("order_id","position")
);
--> statement-breakpoint
CREATE TABLE "ordering"."orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"checkout_id" uuid NOT NULL,
	"code" text NOT NULL,
	"buyer_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"seller" jsonb NOT NULL,
	"status" text NOT NULL,
	"payment_method" text NOT NULL,
	"subtotal" bigint NOT NULL,
	"shipping_fee" bigint NOT NULL,
	"total" bigint NOT NULL,
	"vat_included" bigint DEFAULT 0 NOT NULL,
	"shipping_address" jsonb NOT NULL,
	"note" text,
	"quote_id" uuid,
	"payment_due_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"published_at" timestamp with time zone,
	"dead_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ordering"."quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rfq_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"product_id" uuid,
	"unit_price" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"message" text NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."rfqs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"buyer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category_id" uuid,
	"quantity" integer NOT NULL,
	"unit" text NOT NULL,
	"target_price" bigint,
	"deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"accepted_quote_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."shipping_rules" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"flat_fee" bigint NOT NULL,
	"free_from" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "order_history_order_idx" ON "ordering"."order_history" USING btree ("order_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_code_key" ON "ordering"."orders" USING btree ("code");--> statement-breakpoint
CREATE INDEX "orders_buyer_idx" ON "ordering"."orders" USING btree ("buyer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_enterprise_idx" ON "ordering"."orders" USING btree ("enterprise_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_checkout_idx" ON "ordering"."orders" USING btree ("checkout_id");--> statement-breakpoint
CREATE INDEX "orders_payment_due_idx" ON "ordering"."orders" USING btree ("payment_due_at") WHERE status = 'pending_payment';--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "ordering"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;--> statement-breakpoint
CREATE INDEX "quotes_rfq_idx" ON "ordering"."quotes" USING btree ("rfq_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_one_per_seller_key" ON "ordering"."quotes" USING btree ("rfq_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "rfqs_open_idx" ON "ordering"."rfqs" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "rfqs_buyer_idx" ON "ordering"."rfqs" USING btree ("buyer_id","created_at");