-- products.category_ids mirrors the product's rows in product_categories (the category filter of a
-- listing reads it: src/modules/catalog/product-conditions.ts). Kept by statement-level triggers in
-- the linking transaction, whichever code or instance links. Each statement adds or removes only the
-- linked or unlinked ids, applied to the product row as it is when the UPDATE takes its lock: two
-- transactions linking the same product at once each add their own ids (READ COMMITTED re-evaluates
-- `p.category_ids` on the row version the other committed), where re-reading the links would lose one.
-- A product deleted with its links (ON DELETE CASCADE) is gone before the UPDATE: it updates nothing.
-- The products are locked in id order first, as checkout locks them for units sold: an UPDATE's own
-- locking order is its join's, and a statement linking many products could otherwise deadlock with it.
CREATE FUNCTION product_category_ids_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM 1 FROM products WHERE id IN (SELECT product_id FROM old_links) ORDER BY id FOR NO KEY UPDATE;
    UPDATE products p SET category_ids = ARRAY(SELECT c FROM unnest(p.category_ids) AS c WHERE c <> ALL (o.ids))
      FROM (SELECT product_id, array_agg(category_id) AS ids FROM old_links GROUP BY product_id) AS o
      WHERE p.id = o.product_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM 1 FROM products WHERE id IN (SELECT product_id FROM new_links) ORDER BY id FOR NO KEY UPDATE;
    UPDATE products p SET category_ids = p.category_ids || n.ids
      FROM (SELECT product_id, array_agg(category_id) AS ids FROM new_links GROUP BY product_id) AS n
      WHERE p.id = n.product_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER product_categories_ids_insert AFTER INSERT ON product_categories
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION product_category_ids_sync();
--> statement-breakpoint
CREATE TRIGGER product_categories_ids_update AFTER UPDATE ON product_categories
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION product_category_ids_sync();
--> statement-breakpoint
CREATE TRIGGER product_categories_ids_delete AFTER DELETE ON product_categories
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION product_category_ids_sync();
--> statement-breakpoint
CREATE FUNCTION product_category_ids_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products SET category_ids = '{}' WHERE category_ids <> '{}';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER product_categories_ids_truncate AFTER TRUNCATE ON product_categories
  FOR EACH STATEMENT EXECUTE FUNCTION product_category_ids_clear();
--> statement-breakpoint
UPDATE products p SET category_ids = l.ids
  FROM (SELECT product_id, array_agg(category_id) AS ids FROM product_categories GROUP BY product_id) AS l
  WHERE p.id = l.product_id;
