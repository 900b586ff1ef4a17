-- CreateTable
CREATE TABLE "WordpressImportItem" (
    "site" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "wpId" INTEGER NOT NULL,
    "guid" TEXT NOT NULL DEFAULT '',
    "targetId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WordpressImportItem_pkey" PRIMARY KEY ("site","kind","wpId")
);

-- CreateTable
CREATE TABLE "LegacyRedirect" (
    "path" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegacyRedirect_pkey" PRIMARY KEY ("path")
);

-- CreateIndex
CREATE INDEX "WordpressImportItem_targetId_idx" ON "WordpressImportItem"("targetId");

-- CreateIndex
CREATE INDEX "LegacyRedirect_variantId_idx" ON "LegacyRedirect"("variantId");
