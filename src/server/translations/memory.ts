import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { localeSchema } from "@/lib/articles/schemas";
import type { RichTextDocument, RichTextNode } from "@/lib/rich-text/document";
import type { Actor } from "../auth/actor-type";
import { db, type Tx } from "../db";
import { parseInput } from "../errors";
import { assertCan } from "../permissions";
import { inlineOf, inlineText, textBlocks } from "../xliff/units";

// Translation memory: every published translation's text blocks, paired with the
// blocks of the source text it follows (the alignment the side-by-side editor
// already has: block n of the source ↔ block n of the translation, when both
// have the same blocks), per language pair. Translators get exact and fuzzy
// matches for a source paragraph, by trigram similarity (pg_trgm), with a score.

/** Blocks shorter than this are not remembered (a one-word line is no memory). */
const MIN_CHARS = 12;
/** Matches below this similarity (0–1) are not offered. */
export const FUZZY_THRESHOLD = 0.5;

const pairHash = (sourceLocale: string, targetLocale: string, source: string, target: string) =>
  createHash("sha256").update(JSON.stringify([sourceLocale, targetLocale, source, target])).digest("hex");

/**
 * Remembers the aligned blocks of these translations as they are live now
 * (called in the transaction that made them live). A version without a source
 * it follows, or whose blocks do not line up with it, adds nothing.
 */
export async function rememberTranslations(tx: Tx, variantIds: string[]): Promise<number> {
  if (!variantIds.length) return 0;
  const translations = await tx.articleVariant.findMany({
    where: { id: { in: variantIds }, sourceRevisionId: { not: null } },
    select: { id: true, locale: true, body: true, sourceRevision: { select: { body: true, variant: { select: { locale: true } } } } },
  });
  const rows: Prisma.TranslationMemoryCreateManyInput[] = [];
  for (const t of translations) {
    if (!t.sourceRevision) continue;
    const sourceLocale = t.sourceRevision.variant.locale;
    const sources = textBlocks(t.sourceRevision.body as RichTextDocument);
    const targets = textBlocks(t.body as RichTextDocument);
    if (sources.length !== targets.length) continue;
    sources.forEach((block, i) => {
      const sourceText = inlineText(inlineOf(block)).trim();
      const targetBlock = targets[i]!;
      const targetText = inlineText(inlineOf(targetBlock)).trim();
      if (sourceText.length < MIN_CHARS || !targetText) return;
      rows.push({
        sourceLocale,
        targetLocale: t.locale,
        sourceText,
        targetText,
        target: (targetBlock.content ?? []) as unknown as Prisma.InputJsonValue,
        pairHash: pairHash(sourceLocale, t.locale, sourceText, targetText),
        variantId: t.id,
      });
    });
  }
  if (!rows.length) return 0;
  const { count } = await tx.translationMemory.createMany({ data: rows, skipDuplicates: true });
  return count;
}

const lookupSchema = z.object({
  sourceLocale: localeSchema,
  targetLocale: localeSchema,
  text: z.string().trim().min(1).max(5000),
  limit: z.number().int().min(1).max(10).default(5),
});

export interface MemoryMatch {
  /** 100 for the same text; otherwise the trigram similarity in percent. */
  score: number;
  sourceText: string;
  targetText: string;
  /** The remembered translation's inline content, with its marks: what "Insert" puts in the block. */
  target: RichTextNode[];
}

/** The best matches for a source text block in a language pair, best first (staff who may read drafts). */
export async function memoryMatches(actor: Actor | null, input: unknown): Promise<MemoryMatch[]> {
  assertCan(actor, "draft.read");
  const { sourceLocale, targetLocale, text, limit } = parseInput(lookupSchema, input);
  return db.$transaction(async (tx) => {
    // `%` uses the trigram index with this threshold; similarity() ranks what it found.
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${FUZZY_THRESHOLD}`);
    const rows = await tx.$queryRaw<{ sourceText: string; targetText: string; target: RichTextNode[]; score: number }[]>`
      SELECT "sourceText", "targetText", "target", similarity("sourceText", ${text}) AS score
      FROM "TranslationMemory"
      WHERE "sourceText" % ${text} AND "sourceLocale" = ${sourceLocale} AND "targetLocale" = ${targetLocale}
      ORDER BY score DESC, "updatedAt" DESC
      LIMIT ${limit}`;
    return rows.map((r) => ({ ...r, score: r.sourceText === text ? 100 : Math.min(99, Math.round(Number(r.score) * 100)) }));
  });
}

/**
 * The best `perBlock` matches for each of `texts` (one query for them all: the
 * side-by-side editor asks for every source block at once). Index i of the
 * answer holds the matches of texts[i]; blocks too short to remember get none.
 */
export async function memoryMatchesForBlocks(
  actor: Actor | null,
  { sourceLocale, targetLocale, texts, perBlock = 2 }: { sourceLocale: string; targetLocale: string; texts: string[]; perBlock?: number },
): Promise<MemoryMatch[][]> {
  assertCan(actor, "draft.read");
  const wanted = texts.map((t) => t.trim().slice(0, 5000));
  const out: MemoryMatch[][] = wanted.map(() => []);
  if (!wanted.some((t) => t.length >= MIN_CHARS)) return out;
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${FUZZY_THRESHOLD}`);
    return tx.$queryRaw<{ i: bigint; sourceText: string; targetText: string; target: RichTextNode[]; score: number; text: string }[]>`
      SELECT q.i, q.t AS text, m."sourceText", m."targetText", m."target", m.score
      FROM unnest(${wanted}::text[]) WITH ORDINALITY AS q(t, i)
      CROSS JOIN LATERAL (
        SELECT "sourceText", "targetText", "target", similarity("sourceText", q.t) AS score
        FROM "TranslationMemory"
        WHERE length(q.t) >= ${MIN_CHARS} AND "sourceText" % q.t AND "sourceLocale" = ${sourceLocale} AND "targetLocale" = ${targetLocale}
        ORDER BY score DESC, "updatedAt" DESC
        LIMIT ${perBlock}
      ) m`;
  });
  for (const r of rows) {
    out[Number(r.i) - 1]!.push({ sourceText: r.sourceText, targetText: r.targetText, target: r.target, score: r.sourceText === r.text ? 100 : Math.min(99, Math.round(Number(r.score) * 100)) });
  }
  return out;
}
