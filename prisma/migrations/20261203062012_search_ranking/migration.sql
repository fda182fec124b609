-- Ranked search (issue 12): each search document gets a tsvector of its already folded, stemmed
-- and segmented terms (title terms weight A, the rest weight B, every lexeme at position 1 so the
-- weight is kept), and each indexed word a count of the documents holding it, for its rarity.
-- The lexemes are quoted, so the text search parser never re-splits them.
-- (No semicolons inside statements or comments: the server adapter splits scripts on them.)
CREATE FUNCTION search_document_tsv(title text[], terms text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
    '''' || replace(replace(t, '\', '\\'), '''', '''''') || ''':1' || CASE WHEN t = ANY(title) THEN 'A' ELSE 'B' END, ' '), '')::tsvector
  FROM unnest(terms) AS t
$$;

-- Counting a common word's matches visits their rows (GIN answers no count by itself): keeping
-- the excerpt and term list, read only for a page of results, out of line makes rows about half
-- as wide, so a count reads half the pages. The tsvector, read to score, stays in the row.
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 2048), ALTER COLUMN "excerpt" SET STORAGE EXTERNAL, ALTER COLUMN "terms" SET STORAGE EXTERNAL;

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN "tsv" tsvector GENERATED ALWAYS AS (search_document_tsv("titleTerms", "terms")) STORED;
ALTER TABLE "SearchDocument" ALTER COLUMN "tsv" SET STORAGE MAIN;
-- Stores the existing rows again under these settings.
UPDATE "SearchDocument" SET "titleTerms" = "titleTerms";

-- AlterTable
ALTER TABLE "SearchTerm" ADD COLUMN     "docs" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");

-- Document frequencies are kept by server/search/documents.ts as it writes documents. This
-- counts the documents already there.
UPDATE "SearchTerm" s SET docs = c.n
FROM (SELECT t, count(*) AS n FROM "SearchDocument", unnest(terms) AS t GROUP BY t) c
WHERE s.term = c.t;

-- Registry search folds case and accents on both sides (server/registry/search.ts, the same table).
-- As a function the folded names can be indexed by trigrams, so "contains" searches use an index.
CREATE FUNCTION concord_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(lower($1), 'áàâäãåāăąéèêëēėęěíìîïīįóòôöõøōőúùûüūůűçćčñńýÿšśžźżłđ', 'aaaaaaaaaeeeeeeeeiiiiiioooooooouuuuuuucccnnyysszzzld');

CREATE INDEX "City_name_folded_idx" ON "City" USING GIN (concord_fold(name) gin_trgm_ops);
CREATE INDEX "City_nameLocal_folded_idx" ON "City" USING GIN (concord_fold("nameLocal") gin_trgm_ops);
CREATE INDEX "Network_name_folded_idx" ON "Network" USING GIN (concord_fold(name) gin_trgm_ops);
CREATE INDEX "Network_acronym_folded_idx" ON "Network" USING GIN (concord_fold(COALESCE(acronym, '')) gin_trgm_ops);
CREATE INDEX "Network_about_folded_idx" ON "Network" USING GIN (concord_fold(COALESCE(about, '')) gin_trgm_ops);
