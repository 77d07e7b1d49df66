CREATE TABLE "ordering"."complaint_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"author_id" uuid,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."complaint_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"message_id" uuid,
	"file_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."complaints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"order_code" text NOT NULL,
	"order_total" bigint NOT NULL,
	"buyer_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"seller_name" text NOT NULL,
	"reason" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"answer_due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"mediation_by" text,
	"mediation_at" timestamp with time zone,
	"outcome" text,
	"resolution" text,
	"refund_amount" bigint,
	"refunded_amount" bigint,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_by_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "complaint_messages_complaint_idx" ON "ordering"."complaint_messages" USING btree ("complaint_id","created_at","id");--> statement-breakpoint
CREATE INDEX "complaint_photos_complaint_idx" ON "ordering"."complaint_photos" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_one_open_per_order_key" ON "ordering"."complaints" USING btree ("order_id") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "complaints_order_idx" ON "ordering"."complaints" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_buyer_idx" ON "ordering"."complaints" USING btree ("buyer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "complaints_enterprise_idx" ON "ordering"."complaints" USING btree ("enterprise_id","created_at","id");--> statement-breakpoint
CREATE INDEX "complaints_status_idx" ON "ordering"."complaints" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "complaints_answer_due_idx" ON "ordering"."complaints" USING btree ("answer_due_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "complaints_closed_idx" ON "ordering"."complaints" USING btree ("closed_at");