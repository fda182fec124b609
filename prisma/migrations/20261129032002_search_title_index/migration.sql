-- CreateIndex
CREATE INDEX "SearchDocument_titleTerms_idx" ON "SearchDocument" USING GIN ("titleTerms");
