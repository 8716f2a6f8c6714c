-- The facet index's change log (catalog_facet_changes, src/modules/catalog/facet-index.ts): every write
-- that can change a product's facets or filters logs the product, in the writing transaction. Row-level
-- triggers with WHEN clauses: a sale (units_sold, updated_at) or a stock decrement that leaves stock
-- above zero evaluates the clause and writes nothing.
CREATE FUNCTION catalog_facet_log_product() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO catalog_facet_changes (product_id) VALUES (OLD.id);
  ELSE
    INSERT INTO catalog_facet_changes (product_id) VALUES (NEW.id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Variants and category links: the product they belong to (both, when one moves to another product).
CREATE FUNCTION catalog_facet_log_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO catalog_facet_changes (product_id) VALUES (OLD.product_id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.product_id IS DISTINCT FROM OLD.product_id) THEN
    INSERT INTO catalog_facet_changes (product_id) VALUES (NEW.product_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A TRUNCATE: every index re-reads the whole catalog (a null product).
CREATE FUNCTION catalog_facet_log_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalog_facet_changes (product_id) VALUES (NULL);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_facet_insert_delete AFTER INSERT OR DELETE ON products
  FOR EACH ROW EXECUTE FUNCTION catalog_facet_log_product();
--> statement-breakpoint
CREATE TRIGGER products_facet_update AFTER UPDATE ON products
  FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status OR OLD.brand IS DISTINCT FROM NEW.brand
    OR OLD.tags IS DISTINCT FROM NEW.tags OR OLD.rating_average IS DISTINCT FROM NEW.rating_average
  ) EXECUTE FUNCTION catalog_facet_log_product();
--> statement-breakpoint
CREATE TRIGGER variants_facet_insert_delete AFTER INSERT OR DELETE ON variants
  FOR EACH ROW EXECUTE FUNCTION catalog_facet_log_part();
--> statement-breakpoint
CREATE TRIGGER variants_facet_update AFTER UPDATE ON variants
  FOR EACH ROW WHEN (
    OLD.product_id IS DISTINCT FROM NEW.product_id OR OLD.price IS DISTINCT FROM NEW.price
    OR (OLD.stock > 0) IS DISTINCT FROM (NEW.stock > 0)
  ) EXECUTE FUNCTION catalog_facet_log_part();
--> statement-breakpoint
CREATE TRIGGER product_categories_facet AFTER INSERT OR UPDATE OR DELETE ON product_categories
  FOR EACH ROW EXECUTE FUNCTION catalog_facet_log_part();
--> statement-breakpoint
CREATE TRIGGER products_facet_truncate AFTER TRUNCATE ON products
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_facet_log_all();
--> statement-breakpoint
CREATE TRIGGER variants_facet_truncate AFTER TRUNCATE ON variants
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_facet_log_all();
--> statement-breakpoint
CREATE TRIGGER product_categories_facet_truncate AFTER TRUNCATE ON product_categories
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_facet_log_all();
