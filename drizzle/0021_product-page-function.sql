-- A product page by slug (src/modules/catalog/product.service.ts, productBySlug): the product's row,
-- its parts (variants, images, categories) and, when the page shows breadcrumbs, its categories'
-- ancestors (recursive CTE), in one call. Why a function: the pool's sessions plan every execution
-- of a prepared statement for its parameters (plan_cache_mode = force_custom_plan, src/db/client.ts:
-- listings by skewed filters must never run a generic plan). For this statement, a unique-key lookup
-- whose best plan never depends on the slug, planning was two thirds of PostgreSQL's work (EXPLAIN
-- ANALYZE: 0.3-0.4 ms planning, 0.15-0.2 ms execution); PL/pgSQL keeps the plan of its query per
-- session, and this function's own setting lets that plan be generic: planned once per connection.
-- STABLE: the query runs in the calling statement's snapshot.
-- The ancestors come from the same snapshot as the product's categories, so they are exact on every
-- instance without any invalidation; UNION (not UNION ALL) stops at a category already reached.
-- The columns are those of PRODUCT_SELECT and PRODUCT_PARTS_SELECT
-- (src/modules/catalog/product-rows.ts) as of this migration: a column added there must be added here
-- by a new migration (tests/catalog/product-breadcrumbs.test.ts compares the slug's answer, every
-- field, with the answer by id, which does not go through this function).
CREATE FUNCTION product_page_by_slug(p_slug text, p_with_ancestors boolean)
RETURNS TABLE(
  id uuid, slug text, title text, description text, brand text, tags text[], status product_status,
  tax_class tax_class, vendor_id uuid, rating_average numeric, rating_count integer,
  rating_histogram integer[], units_sold integer, min_price integer, max_price integer, tags_text text,
  created_at timestamptz, updated_at timestamptz,
  parts_variants json, parts_images json, parts_categories json, parts_ancestors json
)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT "products"."id", "products"."slug", "products"."title", "products"."description",
    "products"."brand", "products"."tags", "products"."status", "products"."tax_class",
    "products"."vendor_id", "products"."rating_average", "products"."rating_count",
    "products"."rating_histogram", "products"."units_sold", "products"."min_price",
    "products"."max_price", "products"."tags_text", "products"."created_at", "products"."updated_at",
    (SELECT coalesce(json_agg(json_build_array(v.id, v.sku, v.title, v.options, v.price, v.compare_at_price,
         v.stock, v.weight_grams, v.position) ORDER BY v.position, v.created_at, v.id), '[]'::json)
       FROM variants v WHERE v.product_id = "products"."id") AS parts_variants,
    (SELECT coalesce(json_agg(json_build_array(i.id, i.alt, i.width, i.height, i.position, i.renditions)
         ORDER BY i.position, i.created_at, i.id), '[]'::json)
       FROM product_images i WHERE i.product_id = "products"."id") AS parts_images,
    (SELECT coalesce(json_agg(json_build_array(c.id, c.parent_id, c.slug, c.name, c.description, c.position)
         ORDER BY c.position, c.name), '[]'::json)
       FROM product_categories pc JOIN categories c ON c.id = pc.category_id
       WHERE pc.product_id = "products"."id") AS parts_categories,
    CASE WHEN p_with_ancestors THEN (WITH RECURSIVE up(id) AS (
         SELECT c.parent_id FROM product_categories pc JOIN categories c ON c.id = pc.category_id
          WHERE pc.product_id = "products"."id" AND c.parent_id IS NOT NULL
         UNION
         SELECT c.parent_id FROM up JOIN categories c ON c.id = up.id WHERE c.parent_id IS NOT NULL)
       SELECT coalesce(json_agg(json_build_array(a.id, a.parent_id, a.slug, a.name, a.description, a.position)), '[]'::json)
         FROM up JOIN categories a ON a.id = up.id) END AS parts_ancestors
  FROM products WHERE "products"."slug" = p_slug LIMIT 1;
END
$$;
