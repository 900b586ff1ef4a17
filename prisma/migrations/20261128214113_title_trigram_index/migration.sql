-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "ArticleVariant_title_idx" ON "ArticleVariant" USING GIN ("title" gin_trgm_ops);
