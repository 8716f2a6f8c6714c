-- The public response cache (src/graphql/response-cache.ts): every transaction that changes what a
-- cached catalog answer may show sends a NOTIFY on 'response_cache' (payload: its transaction id, the
-- same for every row, so PostgreSQL folds them into one notice), delivered at commit to every server
-- instance, never for a rolled-back change. Sales alone do not invalidate: a variant's stock moving
-- between two positive counts, products.units_sold and updated_at are left out (README "Response
-- cache": stock counts and popularity are cached for a short max age instead); a variant selling out
-- or coming back in stock does invalidate.
CREATE FUNCTION response_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('response_cache', txid_current()::text);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER categories_response_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
  FOR EACH STATEMENT EXECUTE FUNCTION response_cache_notify();
--> statement-breakpoint
CREATE TRIGGER product_categories_response_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product_categories
  FOR EACH STATEMENT EXECUTE FUNCTION response_cache_notify();
--> statement-breakpoint
CREATE TRIGGER product_images_response_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product_images
  FOR EACH STATEMENT EXECUTE FUNCTION response_cache_notify();
--> statement-breakpoint
CREATE TRIGGER products_response_cache AFTER INSERT OR DELETE OR TRUNCATE ON products
  FOR EACH STATEMENT EXECUTE FUNCTION response_cache_notify();
--> statement-breakpoint
CREATE TRIGGER products_response_cache_update AFTER UPDATE ON products
  FOR EACH ROW
  WHEN ((to_jsonb(OLD) - '{units_sold,updated_at,search_vector}'::text[])
        IS DISTINCT FROM (to_jsonb(NEW) - '{units_sold,updated_at,search_vector}'::text[]))
  EXECUTE FUNCTION response_cache_notify();
--> statement-breakpoint
CREATE TRIGGER variants_response_cache AFTER INSERT OR DELETE OR TRUNCATE ON variants
  FOR EACH STATEMENT EXECUTE FUNCTION response_cache_notify();
--> statement-breakpoint
CREATE TRIGGER variants_response_cache_update AFTER UPDATE ON variants
  FOR EACH ROW
  WHEN ((OLD.stock > 0) IS DISTINCT FROM (NEW.stock > 0)
        OR (to_jsonb(OLD) - '{stock,updated_at}'::text[]) IS DISTINCT FROM (to_jsonb(NEW) - '{stock,updated_at}'::text[]))
  EXECUTE FUNCTION response_cache_notify();
