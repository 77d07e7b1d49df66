CREATE TABLE "searchtest"."search_changes" (
	"version" bigint NOT NULL,
	"id" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_changes_version_idx" ON "searchtest"."search_changes" USING btree ("version");