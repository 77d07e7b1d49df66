CREATE TABLE "catalog"."search_changes" (
	"version" bigint NOT NULL,
	"id" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_changes_version_idx" ON "catalog"."search_changes" USING btree ("version");