CREATE TABLE "enterprises"."verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"method" text NOT NULL,
	"evidence" text,
	"documents" jsonb NOT NULL,
	"official_id" uuid NOT NULL,
	"official_roles" text[] NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprises"."verifications" ADD CONSTRAINT "verifications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verifications_enterprise_idx" ON "enterprises"."verifications" USING btree ("enterprise_id","decided_at");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "enterprises".verifications_are_never_rewritten() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'verification records are never rewritten' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER verifications_no_update BEFORE UPDATE ON "enterprises".verifications
  FOR EACH ROW EXECUTE FUNCTION "enterprises".verifications_are_never_rewritten();
