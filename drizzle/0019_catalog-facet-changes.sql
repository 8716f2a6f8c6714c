CREATE TABLE "catalog_facet_changes" (
	"version" bigserial PRIMARY KEY NOT NULL,
	"product_id" uuid,
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "catalog_facet_changes_xid_idx" ON "catalog_facet_changes" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "catalog_facet_changes_created_idx" ON "catalog_facet_changes" USING btree ("created_at");