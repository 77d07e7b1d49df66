CREATE TABLE "ordering"."vat_invoice_requests" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"company_name" text NOT NULL,
	"tax_code" text NOT NULL,
	"address" text NOT NULL,
	"email" text,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"invoice_number" text,
	"issued_at" timestamp with time zone,
	"issued_by" uuid
);
