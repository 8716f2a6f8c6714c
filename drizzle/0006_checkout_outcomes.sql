CREATE TYPE "public"."checkout_availability" AS ENUM('ALL_OR_NOTHING', 'AVAILABLE_ONLY');--> statement-breakpoint
CREATE TABLE "checkout_outcomes" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"availability" "checkout_availability" NOT NULL,
	"lines" jsonb NOT NULL,
	"remainder_fingerprint" text
);
--> statement-breakpoint
ALTER TABLE "checkout_outcomes" ADD CONSTRAINT "checkout_outcomes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;