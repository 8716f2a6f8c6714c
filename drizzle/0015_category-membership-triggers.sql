-- Category rollups (report_category_slots) follow current category membership: any change to which
-- products are in which categories, or to the tree above them, makes them stale until the reporting
-- compactor recomputes them (src/modules/reporting/category-rollups.ts); reports read the line facts
-- meanwhile. One bump per statement, whatever the number of rows.
CREATE FUNCTION report_membership_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE reporting_state SET membership_version = membership_version + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER product_categories_report_membership AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product_categories
  FOR EACH STATEMENT EXECUTE FUNCTION report_membership_changed();
--> statement-breakpoint
CREATE TRIGGER categories_report_membership AFTER DELETE ON categories
  FOR EACH STATEMENT EXECUTE FUNCTION report_membership_changed();
--> statement-breakpoint
-- A category moved under another parent (an edit that leaves the parent as it was changes nothing).
CREATE FUNCTION report_category_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_categories o JOIN new_categories n ON n.id = o.id
             WHERE n.parent_id IS DISTINCT FROM o.parent_id) THEN
    UPDATE reporting_state SET membership_version = membership_version + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER categories_report_moved AFTER UPDATE ON categories
  REFERENCING OLD TABLE AS old_categories NEW TABLE AS new_categories
  FOR EACH STATEMENT EXECUTE FUNCTION report_category_moved();
