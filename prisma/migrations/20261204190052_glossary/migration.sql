-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL,
    "sourceLocale" TEXT NOT NULL,
    "targetLocale" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "translation" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GlossaryTerm_targetLocale_idx" ON "GlossaryTerm"("targetLocale");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_sourceLocale_targetLocale_term_key" ON "GlossaryTerm"("sourceLocale", "targetLocale", "term");
