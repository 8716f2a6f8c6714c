CREATE TABLE "product_units_pending" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"units" integer NOT NULL
);
