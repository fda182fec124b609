-- Search reads only the GIN index of the tsvector, never the tsvector itself (server/search/query.ts
-- scores from which query words each document holds, found through the index, and from its
-- titleTerms). What it reads in the rows is how every match is counted by kind and theme: keeping
-- the tsvector, term list and excerpt out of line makes the rows a quarter as wide, so counting a
-- common word's tens of thousands of matches reads a quarter of the pages. Rows above 512 bytes
-- move those three out. The small columns read for every match stay in the row, uncompressed.
-- (No semicolons inside statements or comments: the server adapter splits scripts on them.)
-- Copying and indexing a large index takes longer than the connection's statement timeout, which
-- would cancel it: the script runs as one transaction, and for it there is none.
SET LOCAL statement_timeout = 0;
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 512),
  ALTER COLUMN "tsv" SET STORAGE EXTERNAL,
  ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "slug" SET STORAGE MAIN,
  ALTER COLUMN "titleTerms" SET STORAGE MAIN,
  ALTER COLUMN "themeSlugs" SET STORAGE MAIN;

-- Stores the existing rows again under these settings: copied out, the table emptied, copied
-- back, so that no dead row versions are left behind for a vacuum to clear (an UPDATE would leave
-- one per row, each still in the indexes built afterwards). The indexes are built once at the end,
-- many times faster than updating them row by row. The content does not change, so the search
-- content version is not bumped.
CREATE TEMPORARY TABLE "SearchDocumentCopy" AS
  SELECT "kind", "entityId", "slug", "title", "excerpt", "language", "terms", "titleTerms", "keyTerms", "themeSlugs", "updatedAt" FROM "SearchDocument";
DROP INDEX IF EXISTS "SearchDocument_terms_idx";
DROP INDEX IF EXISTS "SearchDocument_titleTerms_idx";
DROP INDEX IF EXISTS "SearchDocument_keyTerms_idx";
DROP INDEX IF EXISTS "SearchDocument_tsv_idx";
TRUNCATE "SearchDocument";
ALTER TABLE "SearchDocument" DISABLE TRIGGER "SearchDocument_content_version";
INSERT INTO "SearchDocument" ("kind", "entityId", "slug", "title", "excerpt", "language", "terms", "titleTerms", "keyTerms", "themeSlugs", "updatedAt")
  SELECT "kind", "entityId", "slug", "title", "excerpt", "language", "terms", "titleTerms", "keyTerms", "themeSlugs", "updatedAt" FROM "SearchDocumentCopy";
ALTER TABLE "SearchDocument" ENABLE TRIGGER "SearchDocument_content_version";
DROP TABLE "SearchDocumentCopy";
CREATE INDEX "SearchDocument_terms_idx" ON "SearchDocument" USING GIN ("terms");
CREATE INDEX "SearchDocument_titleTerms_idx" ON "SearchDocument" USING GIN ("titleTerms");
CREATE INDEX "SearchDocument_keyTerms_idx" ON "SearchDocument" USING GIN ("keyTerms");
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");
ANALYZE "SearchDocument";
