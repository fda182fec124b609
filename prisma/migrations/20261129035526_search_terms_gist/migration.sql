-- DropIndex
DROP INDEX "SearchTerm_term_idx";

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIST ("term" gist_trgm_ops);
