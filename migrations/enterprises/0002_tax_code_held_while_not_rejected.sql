-- A tax code is public, so a rejected registration no longer keeps it: the company itself can still
-- register. Pending, approved and suspended enterprises (anything but rejected) still hold it.
DROP INDEX "enterprises"."enterprises_tax_code_key";--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_tax_code_held_key" ON "enterprises"."enterprises" USING btree ("tax_code") WHERE "enterprises"."enterprises"."status" <> 'rejected';
