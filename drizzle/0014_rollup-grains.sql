CREATE TABLE "report_category_slots" (
	"category_id" uuid NOT NULL,
	"grain" smallint NOT NULL,
	"slot" timestamp (3) with time zone NOT NULL,
	"shard" smallint NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"units" bigint DEFAULT 0 NOT NULL,
	"gross" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"shipping" bigint DEFAULT 0 NOT NULL,
	"tax" bigint DEFAULT 0 NOT NULL,
	"refunds" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "report_category_slots_category_id_grain_slot_shard_pk" PRIMARY KEY("category_id","grain","slot","shard")
);
--> statement-breakpoint
DROP INDEX "report_product_slots_product_cover_idx";--> statement-breakpoint
DROP INDEX "report_product_slots_slot_cover_idx";--> statement-breakpoint
DROP INDEX "report_sales_slots_cover_idx";--> statement-breakpoint
ALTER TABLE "report_product_slots" DROP CONSTRAINT "report_product_slots_product_id_slot_shard_pk";--> statement-breakpoint
ALTER TABLE "report_sales_slots" DROP CONSTRAINT "report_sales_slots_slot_shard_pk";--> statement-breakpoint
ALTER TABLE "report_product_slots" ADD COLUMN "grain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_sales_slots" ADD COLUMN "grain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_product_slots" ADD CONSTRAINT "report_product_slots_product_id_grain_slot_shard_pk" PRIMARY KEY("product_id","grain","slot","shard");--> statement-breakpoint
ALTER TABLE "report_sales_slots" ADD CONSTRAINT "report_sales_slots_grain_slot_shard_pk" PRIMARY KEY("grain","slot","shard");--> statement-breakpoint
-- The rows so far are 15-minute slots (grain 0); the hours and days are their sums.
INSERT INTO "report_sales_slots" ("grain", "slot", "shard", "orders", "units", "gross", "discount", "shipping", "tax", "refunds")
  SELECT g.grain, date_bin(g.width, s.slot, timestamptz 'epoch'), s.shard, sum(s.orders), sum(s.units), sum(s.gross),
    sum(s.discount), sum(s.shipping), sum(s.tax), sum(s.refunds)
  FROM "report_sales_slots" s CROSS JOIN (VALUES (1, interval '1 hour'), (2, interval '1 day')) AS g(grain, width)
  WHERE s.grain = 0 GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "report_product_slots" ("product_id", "grain", "slot", "shard", "units", "gross", "discount", "shipping", "tax", "refunds")
  SELECT s.product_id, g.grain, date_bin(g.width, s.slot, timestamptz 'epoch'), s.shard, sum(s.units), sum(s.gross),
    sum(s.discount), sum(s.shipping), sum(s.tax), sum(s.refunds)
  FROM "report_product_slots" s CROSS JOIN (VALUES (1, interval '1 hour'), (2, interval '1 day')) AS g(grain, width)
  WHERE s.grain = 0 GROUP BY 1, 2, 3, 4;--> statement-breakpoint
ALTER TABLE "reporting_state" ADD COLUMN "membership_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_state" ADD COLUMN "category_rollups_version" bigint DEFAULT -1 NOT NULL;--> statement-breakpoint
CREATE INDEX "report_category_slots_cover_idx" ON "report_category_slots" USING btree ("category_id","grain","slot","shard","orders","units","gross","discount","shipping","tax","refunds");--> statement-breakpoint
CREATE INDEX "report_product_slots_product_grain_cover_idx" ON "report_product_slots" USING btree ("product_id","grain","slot","shard","units","gross","discount","shipping","tax","refunds");--> statement-breakpoint
CREATE INDEX "report_product_slots_grain_slot_cover_idx" ON "report_product_slots" USING btree ("grain","slot","product_id","shard","units","gross","discount","shipping","tax","refunds");--> statement-breakpoint
CREATE INDEX "report_sales_slots_grain_cover_idx" ON "report_sales_slots" USING btree ("grain","slot","shard","orders","units","gross","discount","shipping","tax","refunds");