DROP INDEX "variants_low_stock_idx";--> statement-breakpoint
DROP INDEX "variants_in_stock_idx";