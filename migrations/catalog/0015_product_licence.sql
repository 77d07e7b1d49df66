ALTER TABLE "catalog"."products" ADD COLUMN "licence_number" text;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "licence_issuer" text;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "licence_issued_on" date;