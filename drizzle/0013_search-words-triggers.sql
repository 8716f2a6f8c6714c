-- The words of a product's text as the full-text parser splits them (the parts of hyphenated words
-- included, words with digits left out), lower case, 3 to 40 characters: the vocabulary the
-- search corrects misspelt query words to (src/modules/catalog/product-text-query.ts).
CREATE FUNCTION search_words_of(body text) RETURNS SETOF text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT DISTINCT lower(p.token) FROM ts_parse('default', body) AS p
  WHERE p.tokid IN (SELECT t.tokid FROM ts_token_type('default') AS t WHERE t.alias IN ('asciiword', 'word', 'hword_asciipart', 'hword_part'))
    AND length(p.token) BETWEEN 3 AND 40
$$;
--> statement-breakpoint
-- New products: one insert per statement (a bulk insert of 1,000 products adds its words at once),
-- in word order so concurrent writers meet new words in the same order. Existing words are left
-- alone (DO NOTHING takes no lock on them).
CREATE FUNCTION search_words_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w.word FROM inserted_products AS p,
      search_words_of(concat_ws(' ', p.title, p.brand, p.tags_text, p.description)) AS w(word)
    ORDER BY 1
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_words_insert AFTER INSERT ON products
  REFERENCING NEW TABLE AS inserted_products
  FOR EACH STATEMENT EXECUTE FUNCTION search_words_add_inserted();
--> statement-breakpoint
-- A changed title, brand, tags or description: only then (stock, price, sales and rating updates
-- never fire it).
CREATE FUNCTION search_words_add_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT w.word FROM search_words_of(concat_ws(' ', NEW.title, NEW.brand, NEW.tags_text, NEW.description)) AS w(word)
    ORDER BY 1
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_words_update AFTER UPDATE OF title, brand, tags_text, description ON products
  FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.brand IS DISTINCT FROM NEW.brand
    OR OLD.tags_text IS DISTINCT FROM NEW.tags_text OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION search_words_add_updated();
--> statement-breakpoint
INSERT INTO search_words (word)
  SELECT DISTINCT w.word FROM products AS p,
    search_words_of(concat_ws(' ', p.title, p.brand, p.tags_text, p.description)) AS w(word)
  ORDER BY 1
ON CONFLICT (word) DO NOTHING;
