CREATE TABLE "report_line_facts" (
	"order_line_id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"product_id" uuid,
	"variant_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"units" integer NOT NULL,
	"gross" integer NOT NULL,
	"discount" integer NOT NULL,
	"shipping" integer NOT NULL,
	"tax" integer NOT NULL,
	"refunded" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_order_facts" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"units" integer NOT NULL,
	"gross" integer NOT NULL,
	"discount" integer NOT NULL,
	"shipping" integer NOT NULL,
	"tax" integer NOT NULL,
	"total" integer NOT NULL,
	"refunded" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_product_slots" (
	"product_id" uuid NOT NULL,
	"slot" timestamp (3) with time zone NOT NULL,
	"shard" smallint NOT NULL,
	"units" bigint DEFAULT 0 NOT NULL,
	"gross" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"shipping" bigint DEFAULT 0 NOT NULL,
	"tax" bigint DEFAULT 0 NOT NULL,
	"refunds" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "report_product_slots_product_id_slot_shard_pk" PRIMARY KEY("product_id","slot","shard")
);
--> statement-breakpoint
CREATE TABLE "report_refund_facts" (
	"refund_key" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"product_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "report_refund_facts_refund_key_order_line_id_pk" PRIMARY KEY("refund_key","order_line_id")
);
--> statement-breakpoint
CREATE TABLE "report_sales_slots" (
	"slot" timestamp (3) with time zone NOT NULL,
	"shard" smallint NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"units" bigint DEFAULT 0 NOT NULL,
	"gross" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"shipping" bigint DEFAULT 0 NOT NULL,
	"tax" bigint DEFAULT 0 NOT NULL,
	"refunds" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "report_sales_slots_slot_shard_pk" PRIMARY KEY("slot","shard")
);
--> statement-breakpoint
CREATE TABLE "reporting_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"facts_version" integer NOT NULL,
	"rebuilt_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_line_facts" ADD CONSTRAINT "report_line_facts_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_line_facts" ADD CONSTRAINT "report_line_facts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_order_facts" ADD CONSTRAINT "report_order_facts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_refund_facts" ADD CONSTRAINT "report_refund_facts_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_refund_facts" ADD CONSTRAINT "report_refund_facts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_line_facts_occurred_idx" ON "report_line_facts" USING btree ("occurred_at","order_line_id");--> statement-breakpoint
CREATE INDEX "report_line_facts_product_idx" ON "report_line_facts" USING btree ("product_id","occurred_at","order_id");--> statement-breakpoint
CREATE INDEX "report_line_facts_order_idx" ON "report_line_facts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "report_order_facts_occurred_idx" ON "report_order_facts" USING btree ("occurred_at","order_id");--> statement-breakpoint
CREATE INDEX "report_order_facts_user_idx" ON "report_order_facts" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "report_product_slots_product_cover_idx" ON "report_product_slots" USING btree ("product_id","slot","shard","units","gross","discount","shipping","tax","refunds");--> statement-breakpoint
CREATE INDEX "report_product_slots_slot_cover_idx" ON "report_product_slots" USING btree ("slot","product_id","shard","units","gross","discount","shipping","tax","refunds");--> statement-breakpoint
CREATE INDEX "report_refund_facts_order_idx" ON "report_refund_facts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "report_sales_slots_cover_idx" ON "report_sales_slots" USING btree ("slot","shard","orders","units","gross","discount","shipping","tax","refunds");