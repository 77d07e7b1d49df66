-- Staff verify an enterprise's own domain before a request naming it as Host is served its storefront;
-- changing the domain clears the verification. One enterprise per verified domain.
ALTER TABLE "enterprises"."enterprises" ADD COLUMN "custom_domain_verified_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_verified_domain_key" ON "enterprises"."enterprises" USING btree ("custom_domain") WHERE "enterprises"."enterprises"."custom_domain_verified_at" is not null;