-- The facet index's change check (src/modules/catalog/facet-index.ts), run by every faceted listing
-- without a text query: the products that transactions the index's snapshot (p_snapshot) did not see
-- changed, re-read at the snapshot it returns. Why a function: the pool's sessions plan every
-- execution (plan_cache_mode = force_custom_plan, src/db/client.ts), and this statement's planning
-- (0.43 ms at 100,000 products) was five times its execution (0.08 ms) when nothing changed, the
-- usual case. Here the re-read of the changed products, id probes whatever their number, keeps one
-- generic plan per connection; the log's scan is planned per call (EXECUTE), for the snapshot given:
-- the log holds an hour of changes, every product of a bulk import among them, and a generic plan
-- would not know that the xid index narrows it to the few recent rows.
-- STABLE: every query runs in the calling statement's snapshot, the one pg_current_snapshot() returns.
-- No change: one row with the snapshot and nulls. A changed id without a product: deleted. `found`
-- with a null id: a TRUNCATE, everything is re-read.
CREATE FUNCTION catalog_facet_changes_since(p_snapshot pg_snapshot)
RETURNS TABLE(
  snapshot text, found boolean, changed text, id text, status text, brand text, brand_key text,
  rating float8, tags text[], categories text[], prices integer[], in_stock boolean
)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  v_changed uuid[];
BEGIN
  EXECUTE 'SELECT ARRAY(SELECT DISTINCT c.product_id FROM catalog_facet_changes c
      WHERE c.xid >= pg_snapshot_xmin($1) AND NOT pg_visible_in_snapshot(c.xid, $1))'
    INTO v_changed USING p_snapshot;
  IF cardinality(v_changed) = 0 THEN
    RETURN QUERY SELECT pg_current_snapshot()::text, NULL::boolean, NULL::text, NULL::text, NULL::text,
      NULL::text, NULL::text, NULL::float8, NULL::text[], NULL::text[], NULL::integer[], NULL::boolean;
    RETURN;
  END IF;
  RETURN QUERY
  SELECT pg_current_snapshot()::text, true, ch.product_id::text, p.id::text, p.status::text, p.brand,
    lower(p.brand), p.rating_average::float8, p.tags,
    p.category_ids::text[],
    ARRAY(SELECT v.price FROM variants v WHERE v.product_id = p.id),
    EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.stock > 0)
  FROM unnest(v_changed) AS ch(product_id)
  LEFT JOIN products p ON p.id = ch.product_id;
END
$$;
