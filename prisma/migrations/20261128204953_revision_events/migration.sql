-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "event" TEXT NOT NULL DEFAULT 'save',
ADD COLUMN     "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Revision_variantId_savedAt_idx" ON "Revision"("variantId", "savedAt" DESC);
