-- Hand-written (not generated): the generated column needs its function first, so the two
-- statements drizzle-kit generated for lib/db/schema/catalogue.ts follow the function here.
-- Every statement can be run again (docs/deployment.md, statement by statement).
--
-- catalogue_search_grams: every one- and two-character piece of a text. A text containing a
-- fragment holds all the fragment's pieces (one piece for a one-character fragment, its
-- consecutive pairs otherwise), so "name contains 双胍" is answered from a GIN index on these
-- arrays, with LIKE re-checking the few candidates. Pieces rather than pg_trgm's trigrams: the
-- catalogue's Chinese fragments are often two characters, which have no trigram, and trigrams of
-- Chinese depend on the database's LC_CTYPE. lib/catalogue/search-text.ts makes a query's pieces
-- the same way.
CREATE OR REPLACE FUNCTION catalogue_search_grams(body text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(DISTINCT substr(body, i, n)), '{}')
  FROM generate_series(1, char_length(body)) AS i, (VALUES (1), (2)) AS piece(n)
  WHERE i + n - 1 <= char_length(body)
$$;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD COLUMN IF NOT EXISTS "search_grams" text[] GENERATED ALWAYS AS (catalogue_search_grams(name_search || E'\n' || pinyin_initials || E'\n' || name_en_search || keywords_search)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "catalogue_items_search_grams_idx" ON "catalogue_items" USING gin ("search_grams") WITH (fastupdate=false);
