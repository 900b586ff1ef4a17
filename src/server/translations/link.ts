import "server-only";
import { Prisma, type VariantStatus } from "@/generated/prisma/client";
import { LINK_SEARCH_MAX_RESULTS, LINK_SEARCH_MIN, linkArticlesSchema, searchLinkCandidatesSchema, unlinkVariantSchema } from "@/lib/translations/schemas";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, isUniqueViolation, LocaleTakenError, NotFoundError, parseInput } from "../errors";
import { assertCan } from "../permissions";
import type { ReaderChanges } from "../publishing/after-change";
import { containsPattern } from "../database/like";

// Which language versions make one work. A work has at most one version per
// locale (unique [articleId, locale]); linking merges two works, unlinking
// splits one version off. Both lock the Article rows they change, so two
// concurrent links cannot put two versions of one locale into one work — the
// unique index stays the last line, not the first.

/** Matching titles ranked per search (see searchLinkCandidates). */
const LINK_SEARCH_SCAN = 500;

/** Locks the works (in a stable order, so two transactions cannot deadlock) and returns those that are not trashed. */
async function lockArticles(tx: Tx, articleIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(articleIds)].sort();
  const rows = await tx.$queryRaw<{ id: string; deletedAt: Date | null }[]>`
    SELECT id, "deletedAt" FROM "Article" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
  return new Set(rows.filter((r) => r.deletedAt === null).map((r) => r.id));
}

function variantHead(tx: Tx, id: string) {
  return tx.articleVariant.findUnique({ where: { id }, select: { id: true, articleId: true, locale: true } });
}

/** The locales both works have a version in (what forbids merging them). */
async function sharedLocales(client: Pick<Tx, "articleVariant">, articleA: string, articleB: string): Promise<string[]> {
  const variants = await client.articleVariant.findMany({ where: { articleId: { in: [articleA, articleB] } }, select: { articleId: true, locale: true } });
  const a = new Set(variants.filter((v) => v.articleId === articleA).map((v) => v.locale));
  return [...new Set(variants.filter((v) => v.articleId === articleB && a.has(v.locale)).map((v) => v.locale))].sort();
}

export interface LinkResult extends ReaderChanges {
  articleId: string;
  /** The work that was merged in (and no longer exists). */
  mergedArticleId: string;
  moved: { id: string; locale: string }[];
}

/**
 * Declares the work of `otherVariantId` a set of language versions of the work
 * of `variantId`: its versions move over and its now empty work is deleted.
 * The target's shared fields (debate, authors, hero image, source language)
 * win; the other work's are dropped. Refused, changing nothing, when both
 * have a version in the same locale.
 */
export async function linkArticles(actor: Actor | null, input: unknown): Promise<LinkResult> {
  if (!actor) throw new ForbiddenError("translation.link");
  const data = parseInput(linkArticlesSchema, input);
  const seen: { articles?: [string, string] } = {};
  try {
    return await db.$transaction(async (tx) => {
      const [target, other] = await Promise.all([variantHead(tx, data.variantId), variantHead(tx, data.otherVariantId)]);
      if (!target || !other) throw new NotFoundError("variant");
      // A translator links only versions in the locales they work in.
      assertCan(actor, "translation.link", { locale: target.locale });
      assertCan(actor, "translation.link", { locale: other.locale });
      if (target.articleId === other.articleId) throw new ConflictError("alreadyLinked");

      const live = await lockArticles(tx, [target.articleId, other.articleId]);
      // Re-read under the locks: a concurrent link or unlink may have moved either version.
      const [targetNow, otherNow] = await Promise.all([variantHead(tx, target.id), variantHead(tx, other.id)]);
      if (!targetNow || !otherNow) throw new NotFoundError("variant");
      if (targetNow.articleId !== target.articleId || otherNow.articleId !== other.articleId) {
        if (targetNow.articleId === otherNow.articleId) throw new ConflictError("alreadyLinked");
        throw new ConflictError("conflict");
      }
      if (!live.has(target.articleId) || !live.has(other.articleId)) throw new NotFoundError("article");
      seen.articles = [target.articleId, other.articleId];

      const clash = await sharedLocales(tx, target.articleId, other.articleId);
      if (clash.length) throw new LocaleTakenError(clash);

      const moved = await tx.articleVariant.findMany({ where: { articleId: other.articleId }, select: { id: true, locale: true }, orderBy: { locale: "asc" } });
      await tx.articleVariant.updateMany({ where: { articleId: other.articleId }, data: { articleId: target.articleId } });
      // Its authors, debate and hero image go with it (the target's win).
      await tx.article.delete({ where: { id: other.articleId } });
      await tx.article.update({ where: { id: target.articleId }, data: { updatedAt: new Date() } });
      await recordAudit(tx, {
        actor,
        action: "translation.link",
        entityType: "Article",
        entityId: target.articleId,
        data: {
          articleId: target.articleId,
          mergedArticleId: other.articleId,
          variantId: target.id,
          otherVariantId: other.id,
          movedVariantIds: moved.map((v) => v.id),
          movedLocales: moved.map((v) => v.locale),
        },
      });
      return { articleId: target.articleId, mergedArticleId: other.articleId, moved, readerChanges: { articleIds: [target.articleId] } };
    });
  } catch (error) {
    // Someone added a version to one of the works without taking the lock (a
    // translation created meanwhile): the unique index refused the merge.
    if (isUniqueViolation(error)) throw new LocaleTakenError(seen.articles ? await sharedLocales(db, ...seen.articles) : []);
    throw error;
  }
}

export interface UnlinkResult extends ReaderChanges {
  /** The new work the version now belongs to alone. */
  articleId: string;
  /** The work it left. */
  fromArticleId: string;
  locale: string;
}

/**
 * Splits a language version off into a work of its own, which starts with a
 * copy of the shared fields (debate, authors in order, hero image and credit)
 * and this version's locale as its source. It no longer translates anything,
 * and the versions left behind no longer translate it.
 */
export async function unlinkVariant(actor: Actor | null, input: unknown): Promise<UnlinkResult> {
  if (!actor) throw new ForbiddenError("translation.unlink");
  const { variantId } = parseInput(unlinkVariantSchema, input);
  return db.$transaction(async (tx) => {
    const head = await variantHead(tx, variantId);
    if (!head) throw new NotFoundError("variant");
    assertCan(actor, "translation.unlink", { locale: head.locale });
    const live = await lockArticles(tx, [head.articleId]);
    const variant = await variantHead(tx, variantId);
    if (!variant || variant.articleId !== head.articleId) throw new ConflictError("conflict");
    if (!live.has(variant.articleId)) throw new NotFoundError("article");

    const work = await tx.article.findUniqueOrThrow({
      where: { id: variant.articleId },
      include: {
        authors: { orderBy: { position: "asc" }, select: { authorId: true } },
        variants: { select: { id: true, locale: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      },
    });
    if (work.variants.length < 2) throw new ConflictError("onlyVariant");

    const split = await tx.article.create({
      data: {
        sourceLocale: variant.locale,
        debateId: work.debateId,
        heroImageId: work.heroImageId,
        heroCredit: work.heroCredit,
        authors: { create: work.authors.map((a, position) => ({ authorId: a.authorId, position })) },
      },
    });
    await tx.articleVariant.update({ where: { id: variant.id }, data: { articleId: split.id, sourceRevisionId: null, sourceVersion: null } });
    // Versions translated from this one follow nothing in their work any more.
    const { count: detached } = await tx.articleVariant.updateMany({
      where: { articleId: work.id, sourceRevision: { variantId: variant.id } },
      data: { sourceRevisionId: null, sourceVersion: null },
    });
    // The work keeps a source language it still has.
    const remaining = work.variants.filter((v) => v.id !== variant.id);
    const sourceLocale = remaining.some((v) => v.locale === work.sourceLocale) ? work.sourceLocale : remaining[0]!.locale;
    await tx.article.update({ where: { id: work.id }, data: { sourceLocale } });
    await recordAudit(tx, {
      actor,
      action: "translation.unlink",
      entityType: "Article",
      entityId: work.id,
      data: {
        fromArticleId: work.id,
        newArticleId: split.id,
        variantId: variant.id,
        locale: variant.locale,
        remainingLocales: remaining.map((v) => v.locale),
        ...(sourceLocale !== work.sourceLocale ? { sourceLocale: { before: work.sourceLocale, after: sourceLocale } } : {}),
        ...(detached ? { translationsDetached: detached } : {}),
      },
    });
    return { articleId: split.id, fromArticleId: work.id, locale: variant.locale, readerChanges: { articleIds: [split.id, work.id] } };
  });
}

export interface LinkCandidate {
  articleId: string;
  variants: { id: string; locale: string; title: string; status: VariantStatus }[];
}

/**
 * Works whose title, in any language, contains the query (trigram index on
 * titles), best match first; trashed works and `excludeArticleId` left out.
 * Staff only: drafts are listed too.
 */
export async function searchLinkCandidates(actor: Actor | null, input: unknown): Promise<LinkCandidate[]> {
  assertCan(actor, "draft.read");
  const { query, excludeArticleId } = parseInput(searchLinkCandidatesSchema, input);
  if ([...query].length < LINK_SEARCH_MIN) return [];
  // Ranking every match of a broad query ("Human rights" in 50k titles) costs
  // seconds; ranking the first few hundred costs milliseconds, and a typeahead
  // narrows as one types.
  const rows = await db.$queryRaw<{ articleId: string }[]>`
    WITH hits AS (
      SELECT v."articleId", v.title, v."updatedAt"
      FROM "ArticleVariant" v JOIN "Article" a ON a.id = v."articleId"
      WHERE a."deletedAt" IS NULL
        AND v.title ILIKE ${containsPattern(query)}
        ${excludeArticleId ? Prisma.sql`AND v."articleId" <> ${excludeArticleId}` : Prisma.empty}
      LIMIT ${LINK_SEARCH_SCAN}
    )
    SELECT "articleId" FROM hits
    GROUP BY "articleId"
    ORDER BY MAX(similarity(title, ${query})) DESC, MAX("updatedAt") DESC, "articleId"
    LIMIT ${LINK_SEARCH_MAX_RESULTS}`;
  const ids = rows.map((r) => r.articleId);
  if (!ids.length) return [];
  const works = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, variants: { select: { id: true, locale: true, title: true, status: true }, orderBy: { locale: "asc" } } },
  });
  const byId = new Map(works.map((w) => [w.id, w]));
  return ids.flatMap((id) => {
    const work = byId.get(id);
    return work ? [{ articleId: work.id, variants: work.variants }] : [];
  });
}
