-- CreateTable
CREATE TABLE "TranslationMemory" (
    "id" TEXT NOT NULL,
    "sourceLocale" TEXT NOT NULL,
    "targetLocale" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "pairHash" TEXT NOT NULL,
    "variantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TranslationMemory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TranslationMemory_pairHash_key" ON "TranslationMemory"("pairHash");

-- CreateIndex
CREATE INDEX "TranslationMemory_sourceLocale_targetLocale_idx" ON "TranslationMemory"("sourceLocale", "targetLocale");

-- CreateIndex
CREATE INDEX "TranslationMemory_sourceText_idx" ON "TranslationMemory" USING GIN ("sourceText" gin_trgm_ops);
