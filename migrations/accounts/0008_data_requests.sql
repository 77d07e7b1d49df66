CREATE TABLE "accounts"."data_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "data_requests_user_idx" ON "accounts"."data_requests" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "data_requests_open_idx" ON "accounts"."data_requests" USING btree ("due_at","id") WHERE status = 'open';