import "server-only";
import { Prisma, type VariantStatus } from "@/generated/prisma/client";
import {
  LINK_SEARCH_MAX_RESULTS,
  LINK_SEARCH_MIN,
  linkArticlesSchema,
  previewLinkSchema,
  searchLinkCandidatesSchema,
  unlinkVariantSchema,
} from "@/lib/translations/schemas";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, isUniqueViolation, LinkRefusedError, LocaleTakenError, NotFoundError, parseInput } from "../errors";
import { assertCan } from "../permissions";
import type { ReaderChanges } from "../publishing/after-change";
import { containsPattern } from "../database/like";
import { type LinkPreview, type LinkRefusal, planLink, unlinkRefusal, type WorkRow, workSelect } from "./link-plan";
import { eventsOfVisible, recordEvents } from "../webhooks/outbox";

export type { LinkChoice, LinkPreview, LinkRefusal, LinkSide, SharedField } from "./link-plan";

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

function variantHead(tx: Pick<Tx, "articleVariant">, id: string) {
  return tx.articleVariant.findUnique({ where: { id }, select: { id: true, articleId: true, locale: true } });
}

/** The locales both works have a version in (what forbids merging them). */
async function sharedLocales(client: Pick<Tx, "articleVariant">, articleA: string, articleB: string): Promise<string[]> {
  const variants = await client.articleVariant.findMany({ where: { articleId: { in: [articleA, articleB] } }, select: { articleId: true, locale: true } });
  const a = new Set(variants.filter((v) => v.articleId === articleA).map((v) => v.locale));
  return [...new Set(variants.filter((v) => v.articleId === articleB && a.has(v.locale)).map((v) => v.locale))].sort();
}

function refusalError(refusal: LinkRefusal): Error {
  if (refusal.reason === "localeTaken") return new LocaleTakenError(refusal.locales);
  if (refusal.reason === "alreadyLinked") return new ConflictError("alreadyLinked");
  return new LinkRefusedError(refusal.reason, refusal.locales);
}

async function loadWorks(client: Pick<Tx, "article">, ids: string[]): Promise<Map<string, WorkRow>> {
  const rows = await client.article.findMany({ where: { id: { in: ids }, deletedAt: null }, select: workSelect });
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * "What changes" before linking: both works with their shared fields, and for
 * each choice of surviving fields what the other work loses and which of its
 * published versions would get another byline, debate or image. Changes nothing.
 */
export async function previewLink(actor: Actor | null, input: unknown): Promise<LinkPreview> {
  assertCan(actor, "draft.read");
  const data = parseInput(previewLinkSchema, input);
  const [target, other] = await Promise.all([variantHead(db, data.variantId), variantHead(db, data.otherVariantId)]);
  if (!target || !other) throw new NotFoundError("variant");
  const works = await loadWorks(db, [target.articleId, other.articleId]);
  const a = works.get(target.articleId);
  const b = works.get(other.articleId);
  if (!a || !b) throw new NotFoundError("article");
  return planLink(actor, a, b, data.displayLocale);
}

export interface LinkResult extends ReaderChanges {
  /** The work that remains: the one whose shared fields were kept. */
  articleId: string;
  /** The work that was merged in (and no longer exists). */
  mergedArticleId: string;
  /** The versions that joined the remaining work. */
  moved: { id: string; locale: string }[];
}

/**
 * Declares the works of `variantId` ("this") and `otherVariantId` ("other")
 * one work. `keep` says whose shared fields (authors, debate, hero image and
 * credit) survive: that work remains, the other's versions move over and its
 * emptied work is deleted (what it had is in the audit event). Refused,
 * changing nothing, when both have a version in the same locale, when the
 * actor may not edit every version of both, or when — for someone who may not
 * edit shared fields — a published version would get another byline, debate
 * or image. No version's translation source changes: one written on its own
 * is not marked a translation by being linked.
 */
export async function linkArticles(actor: Actor | null, input: unknown): Promise<LinkResult> {
  if (!actor) throw new ForbiddenError("translation.link");
  const data = parseInput(linkArticlesSchema, input);
  const seen: { articles?: [string, string] } = {};
  try {
    return await db.$transaction(async (tx) => {
      const [target, other] = await Promise.all([variantHead(tx, data.variantId), variantHead(tx, data.otherVariantId)]);
      if (!target || !other) throw new NotFoundError("variant");
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

      const works = await loadWorks(tx, [target.articleId, other.articleId]);
      const plan = planLink(actor, works.get(target.articleId)!, works.get(other.articleId)!);
      if (plan.refusal) throw refusalError(plan.refusal);
      const chosen = plan.choices[data.keep];
      if (chosen.refusal) throw refusalError(chosen.refusal);

      const kept = works.get(data.keep === "this" ? target.articleId : other.articleId)!;
      const dropped = works.get(data.keep === "this" ? other.articleId : target.articleId)!;
      const moved = dropped.variants.map((v) => ({ id: v.id, locale: v.locale }));
      await tx.articleVariant.updateMany({ where: { articleId: dropped.id }, data: { articleId: kept.id } });
      await tx.article.delete({ where: { id: dropped.id } });
      await tx.article.update({ where: { id: kept.id }, data: { updatedAt: new Date() } });
      await recordAudit(tx, {
        actor,
        action: "translation.link",
        entityType: "Article",
        entityId: kept.id,
        data: {
          articleId: kept.id,
          mergedArticleId: dropped.id,
          variantId: target.id,
          otherVariantId: other.id,
          keep: data.keep,
          movedVariantIds: moved.map((v) => v.id),
          movedLocales: moved.map((v) => v.locale),
          // What the merged work had, so that an editor can put it back.
          dropped: {
            authorIds: dropped.authors.map((a) => a.author.id),
            debateId: dropped.debateId,
            heroImageId: dropped.heroImageId,
            heroCredit: dropped.heroCredit,
          },
          changed: chosen.loses,
          changedPublishedVariantIds: chosen.changesPublished.map((v) => v.id),
        },
      });
      await recordEvents(tx, await eventsOfVisible(tx, "version.updated", { articleIds: [kept.id] }));
      return {
        articleId: kept.id,
        mergedArticleId: dropped.id,
        moved,
        // The merged work's debate and authors listed the moved versions: their pages change too.
        readerChanges: {
          articleIds: [kept.id],
          listedBy: { debateIds: dropped.debateId ? [dropped.debateId] : [], authorIds: dropped.authors.map((a) => a.author.id) },
        },
      };
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
 * and the versions left behind no longer translate it — so it is refused when
 * some of those are in languages the actor may not edit (their published
 * pages would stop saying what they were translated from).
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
    const refusal = unlinkRefusal(actor, await followersOf(tx, work.id, variant.id));
    if (refusal) throw new LinkRefusedError(refusal.reason, refusal.locales);

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
    await recordEvents(tx, await eventsOfVisible(tx, "version.updated", { articleIds: [split.id, work.id] }));
    return { articleId: split.id, fromArticleId: work.id, locale: variant.locale, readerChanges: { articleIds: [split.id, work.id] } };
  });
}

/** The versions of a work translated from `variantId` (unlinking it leaves them following nothing). */
async function followersOf(client: Pick<Tx, "articleVariant">, articleId: string, variantId: string) {
  return client.articleVariant.findMany({ where: { articleId, sourceRevision: { variantId } }, select: { id: true, locale: true } });
}

/**
 * For the "Language versions" page: per version of the work, why `actor` may
 * not unlink it because of the versions translated from it (absent: no such
 * reason). The locale of the version itself and "the only version" are the
 * page's to check.
 */
export async function unlinkRefusals(actor: Actor | null, articleId: string): Promise<Record<string, LinkRefusal>> {
  assertCan(actor, "draft.read");
  const translations = await db.articleVariant.findMany({
    where: { articleId, sourceRevision: { variant: { articleId } } },
    select: { locale: true, sourceRevision: { select: { variantId: true } } },
  });
  const bySource = new Map<string, { locale: string }[]>();
  for (const t of translations) {
    const source = t.sourceRevision!.variantId;
    bySource.set(source, [...(bySource.get(source) ?? []), { locale: t.locale }]);
  }
  const out: Record<string, LinkRefusal> = {};
  for (const [source, followers] of bySource) {
    const refusal = unlinkRefusal(actor, followers);
    if (refusal) out[source] = refusal;
  }
  return out;
}

export interface LinkCandidate {
  articleId: string;
  variants: { id: string; locale: string; title: string; status: VariantStatus }[];
  /**
   * When searching for the version `variantId`: why the actor may not link
   * this work to it whatever the choice of shared fields (null: they may).
   */
  refusal?: LinkRefusal | null;
}

/**
 * Works whose title, in any language, contains the query (trigram index on
 * titles), best match first; trashed works and `excludeArticleId` left out.
 * Given `variantId` (the version linking from), its work is left out and each
 * result carries the refusal, if any, that linking it would meet.
 * Staff only: drafts are listed too.
 */
export async function searchLinkCandidates(actor: Actor | null, input: unknown): Promise<LinkCandidate[]> {
  assertCan(actor, "draft.read");
  const { query, variantId, ...rest } = parseInput(searchLinkCandidatesSchema, input);
  if ([...query].length < LINK_SEARCH_MIN) return [];
  const from = variantId ? await variantHead(db, variantId) : null;
  if (variantId && !from) throw new NotFoundError("variant");
  const excludeArticleId = from?.articleId ?? rest.excludeArticleId;
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
  const byId = await loadWorks(db, from ? [...ids, from.articleId] : ids);
  const own = from ? byId.get(from.articleId) : undefined;
  if (from && !own) throw new NotFoundError("article");
  // Offer only what the actor may do: each result says whether linking it is theirs to decide.
  return ids.flatMap((id) => {
    const work = byId.get(id);
    if (!work) return [];
    return [{ articleId: work.id, variants: work.variants, ...(own ? { refusal: planLink(actor, own, work).refusal } : {}) }];
  });
}
