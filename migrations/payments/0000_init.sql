CREATE SCHEMA "payments";
--> statement-breakpoint
CREATE TABLE "payments"."inbox" (
	"handler" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_handler_event_id_pk" PRIMARY KEY("handler","event_id")
);
--> statement-breakpoint
CREATE TABLE "payments"."ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"payment_id" uuid,
	"order_id" uuid,
	"order_code" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."outbox" (
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
CREATE TABLE "payments"."payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"checkout_id" uuid NOT NULL,
	"order_id" uuid,
	"payee_enterprise_id" uuid,
	"buyer_id" uuid NOT NULL,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"refunded_amount" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'VND' NOT NULL,
	"reference" text NOT NULL,
	"provider_ref" text,
	"orders" jsonb NOT NULL,
	"instructions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"confirmed_by" uuid,
	"expires_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."provider_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"kind" text NOT NULL,
	"external_id" text,
	"payment_id" uuid,
	"raw" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ledger_entries_enterprise_idx" ON "payments"."ledger_entries" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_once_key" ON "payments"."ledger_entries" USING btree ("order_id","kind") WHERE order_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "payments"."outbox" USING btree ("available_at") WHERE published_at IS NULL AND dead_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_reference_key" ON "payments"."payments" USING btree ("method","reference");--> statement-breakpoint
CREATE INDEX "payments_checkout_idx" ON "payments"."payments" USING btree ("checkout_id");--> statement-breakpoint
CREATE INDEX "payments_order_idx" ON "payments"."payments" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_ref_key" ON "payments"."payments" USING btree ("method","provider_ref") WHERE provider_ref IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "provider_messages_external_key" ON "payments"."provider_messages" USING btree ("provider","external_id") WHERE external_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "provider_messages_payment_idx" ON "payments"."provider_messages" USING btree ("payment_id");