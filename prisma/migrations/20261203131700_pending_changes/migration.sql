-- CreateEnum
CREATE TYPE "PendingKind" AS ENUM ('VARIANT', 'DEBATE_TRANSLATION', 'AUTHOR_BIO', 'MEDIA_ALT');

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "editSession" TEXT,
ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" TEXT NOT NULL,
    "kind" "PendingKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "minorEdit" BOOLEAN NOT NULL DEFAULT false,
    "needsReview" BOOLEAN NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingChange_needsReview_updatedAt_idx" ON "PendingChange"("needsReview", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PendingChange_kind_recordId_locale_key" ON "PendingChange"("kind", "recordId", "locale");

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
