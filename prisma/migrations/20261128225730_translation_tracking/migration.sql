-- AlterTable
ALTER TABLE "ArticleVariant" ADD COLUMN     "contentVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "sourceVersion" INTEGER;

-- AlterTable
ALTER TABLE "AuthorBio" ADD COLUMN     "sourceSnapshot" JSONB;

-- AlterTable
ALTER TABLE "DebateTranslation" ADD COLUMN     "sourceSnapshot" JSONB;

-- Existing rows: a variant's text last changed at its current version; a
-- translation follows the version of the source revision it records.
UPDATE "ArticleVariant" SET "contentVersion" = "version";
UPDATE "ArticleVariant" AS t SET "sourceVersion" = r."version"
FROM "Revision" AS r WHERE t."sourceRevisionId" = r."id";
