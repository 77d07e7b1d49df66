CREATE TABLE "catalog"."product_import_rows" (
	"import_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"input" jsonb NOT NULL,
	"state" text NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"product_id" uuid,
	"claimed_at" timestamp with time zone,
	CONSTRAINT "product_import_rows_import_id_row_no_pk" PRIMARY KEY("import_id","row_no")
);
--> statement-breakpoint
CREATE TABLE "catalog"."product_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"file_name" text,
	"submit" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "product_import_rows_open_idx" ON "catalog"."product_import_rows" USING btree ("import_id","state","row_no");--> statement-breakpoint
CREATE INDEX "product_imports_enterprise_idx" ON "catalog"."product_imports" USING btree ("enterprise_id","created_at");