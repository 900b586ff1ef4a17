import "server-only";
import { getVariantPending } from "./pending";
import type { Prisma, VariantStatus } from "@/generated/prisma/client";
import { isLocale, type Locale } from "@/i18n/locales";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { shownStatus } from "@/lib/articles/status";
import { containsPattern, containsText } from "../database/like";
import { type ArticlePage, loadWork, toArticlePage } from "./queries";
import { visibleVariantWhere } from "./visibility";
import { assertCan, can } from "../permissions";

// Staff-only reads of articles: drafts included. Each asks the permission
// module itself; anyone not allowed gets NotFound (no data, no hint).

export interface DashboardArticleFilter {
  debateId?: string;
  locale?: string;
  status?: VariantStatus;
  authorId?: string;
  /** Author name contains (the list's filter field). */
  author?: string;
  q?: string;
  /** The trash instead of the live works. */
  trashed?: boolean;
  /** Keyset cursor: the last row of the previous page. */
  after?: { updatedAt: Date; id: string };
  take?: number;
}

export interface DashboardArticleRow {
  variantId: string;
  articleId: string;
  locale: Locale;
  title: string;
  slug: string;
  status: VariantStatus;
  publishAt: Date | null;
  updatedAt: Date;
  debateTitle: string | null;
  authors: string[];
  trashed: boolean;
}

function guard(actor: Actor | null | undefined): asserts actor is Actor {
  if (!can(actor, "draft.read")) throw new NotFoundError("articles");
}

/**
 * Language versions for the articles list, newest change first. Keyset
 * pagination on (updatedAt, id) — an index — so page 500 costs what page 1 does.
 */
export async function listDashboardArticles(
  actor: Actor | null,
  filter: DashboardArticleFilter,
): Promise<{ rows: DashboardArticleRow[]; next: { updatedAt: Date; id: string } | null }> {
  guard(actor);
  const take = Math.min(Math.max(filter.take ?? 25, 1), 100);
  const titleMatches = filter.q ? await fewTitleMatches(filter.q) : null;
  const where: Prisma.ArticleVariantWhereInput = {
    ...(filter.locale ? { locale: filter.locale } : {}),
    ...(filter.status ? { AND: [statusWhere(filter.status)] } : {}),
    ...(filter.q ? { title: containsText(filter.q) } : {}),
    ...(titleMatches ? { id: { in: titleMatches } } : {}),
    article: {
      deletedAt: filter.trashed ? { not: null } : null,
      ...(filter.debateId ? { debateId: filter.debateId } : {}),
      ...(filter.authorId ? { authors: { some: { authorId: filter.authorId } } } : {}),
      ...(filter.author ? { authors: { some: { author: { name: containsText(filter.author) } } } } : {}),
    },
    ...(filter.after
      ? { OR: [{ updatedAt: { lt: filter.after.updatedAt } }, { updatedAt: filter.after.updatedAt, id: { lt: filter.after.id } }] }
      : {}),
  };
  const variants = await db.articleVariant.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      articleId: true,
      locale: true,
      title: true,
      slug: true,
      status: true,
      publishAt: true,
      updatedAt: true,
      article: {
        select: {
          deletedAt: true,
          debate: { select: { sourceLocale: true, translations: { select: { locale: true, title: true } } } },
          authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
        },
      },
    },
  });
  const page = variants.slice(0, take);
  const last = page.at(-1);
  return {
    rows: page.map((v) => {
      const debate = v.article.debate;
      const debateTitle = debate ? (pickTranslation(debate.translations, v.locale, debate.sourceLocale)?.title ?? null) : null;
      return {
        variantId: v.id,
        articleId: v.articleId,
        locale: (isLocale(v.locale) ? v.locale : "en") as Locale,
        title: v.title,
        slug: v.slug,
        status: shownStatus(v),
        publishAt: v.publishAt,
        updatedAt: v.updatedAt,
        debateTitle,
        authors: v.article.authors.map((a) => a.author.name),
        trashed: v.article.deletedAt !== null,
      };
    }),
    next: variants.length > take && last ? { updatedAt: last.updatedAt, id: last.id } : null,
  };
}

/**
 * A status as staff see it (src/lib/articles/status.ts): "published" includes
 * the schedules whose time has come, "scheduled" only those still ahead.
 */
function statusWhere(status: VariantStatus, now = new Date()): Prisma.ArticleVariantWhereInput {
  if (status === "PUBLISHED") return { OR: [{ status: "PUBLISHED" }, { status: "SCHEDULED", publishAt: { lte: now } }] };
  if (status === "SCHEDULED") return { status: "SCHEDULED", publishAt: { gt: now } };
  return { status };
}

// A title search's matches, looked up first when they are few (the title's
// trigram index, ≥ 3 characters), so the list sorts those rows only. Left to
// itself Postgres walks the list's (updatedAt, id) index and filters titles,
// expecting matches spread evenly: "151" in 100k versions read 47,600 rows
// (100 ms) because its matches were all old (npm run bench).
const TITLE_MATCHES_MAX = 2000;

/** The ids of the variants whose title contains `q`, or null when there are too many to list (then matches are common). */
async function fewTitleMatches(q: string): Promise<string[] | null> {
  if ([...q].length < 3) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ArticleVariant" WHERE title ILIKE ${containsPattern(q)} LIMIT ${TITLE_MATCHES_MAX + 1}`;
  return rows.length > TITLE_MATCHES_MAX ? null : rows.map((r) => r.id);
}

/** Everything the editor page needs about one language version and its work. */
export async function getVariantForEditor(actor: Actor | null, variantId: string) {
  guard(actor);
  const variant = await db.articleVariant.findUnique({
    where: { id: variantId },
    include: {
      article: {
        include: {
          authors: { orderBy: { position: "asc" }, include: { author: { select: { id: true, name: true, slug: true } } } },
          variants: { select: { id: true, locale: true, title: true, status: true, publishAt: true }, orderBy: { locale: "asc" } },
          debate: { select: { id: true, translations: { select: { locale: true, title: true } } } },
          heroImage: { select: { id: true, storageKey: true } },
        },
      },
      _count: { select: { revisions: true } },
    },
  });
  if (!variant) throw new NotFoundError("variant");
  return variant;
}

export async function listRevisions(actor: Actor | null, variantId: string) {
  assertCanRead(actor);
  return db.revision.findMany({
    where: { variantId },
    orderBy: { version: "desc" },
    take: 200,
    select: { id: true, version: true, event: true, title: true, createdAt: true, savedAt: true, restoredFromId: true, pending: true, createdBy: { select: { name: true } } },
  });
}

export async function getRevision(actor: Actor | null, variantId: string, revisionId: string) {
  assertCanRead(actor);
  const revision = await db.revision.findFirst({ where: { id: revisionId, variantId } });
  if (!revision) throw new NotFoundError("revision");
  return revision;
}

function assertCanRead(actor: Actor | null | undefined): asserts actor is Actor {
  if (!can(actor, "revision.read")) throw new NotFoundError("revisions");
}

/** Debates to file an article under (any status: editors prepare ahead). */
export async function listDebateChoices(actor: Actor | null, locale: string) {
  guard(actor);
  const debates = await db.debate.findMany({
    where: { deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, sourceLocale: true, translations: { select: { locale: true, title: true } } },
  });
  return debates.map((d) => ({
    id: d.id,
    title: pickTranslation(d.translations, locale, d.sourceLocale)?.title ?? d.id,
  }));
}

/** What goes live when: scheduled versions, soonest first (from `from`, before `to` when given). */
export async function listSchedule(actor: Actor | null, { from = new Date(), to, take = 100 }: { from?: Date; to?: Date; take?: number } = {}) {
  guard(actor);
  assertCan(actor, "draft.read");
  return db.articleVariant.findMany({
    where: { status: "SCHEDULED", publishAt: { gte: from, ...(to ? { lt: to } : {}) }, article: { deletedAt: null } },
    orderBy: [{ publishAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, locale: true, title: true, publishAt: true },
  });
}

/** How far back "my recent drafts" looks: recent, and a range of the (updatedAt, id) index however large the list. */
const RECENT_DRAFTS_DAYS = 30;

/** The dashboard home's "your recent drafts": versions not yet public that this person saved lately, newest first. */
export async function listMyRecentDrafts(actor: Actor | null, { take = 8, now = new Date() } = {}) {
  guard(actor);
  return db.articleVariant.findMany({
    where: {
      status: { in: ["DRAFT", "IN_REVIEW"] },
      updatedAt: { gte: new Date(now.getTime() - RECENT_DRAFTS_DAYS * 86_400_000) },
      article: { deletedAt: null },
      revisions: { some: { createdById: actor.id } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, locale: true, title: true, status: true, updatedAt: true },
  });
}

/** The debate of the last article this person created: the New article form's choice when there are several. */
export async function lastUsedDebateId(actor: Actor | null): Promise<string | null> {
  guard(actor);
  const last = await db.revision.findFirst({
    where: { createdById: actor.id, event: "create", variant: { article: { deletedAt: null } } },
    orderBy: { createdAt: "desc" },
    select: { variant: { select: { article: { select: { debateId: true } } } } },
  });
  return last?.variant.article.debateId ?? null;
}

/**
 * A language version as readers would see it, whatever its status (staff
 * preview): the public page's data, with this version added to the languages
 * — and with its pending change, when it has one (what "Publish changes" would
 * put live).
 */
export async function getArticlePreview(actor: Actor | null, variantId: string): Promise<ArticlePage> {
  guard(actor);
  const variant = await db.articleVariant.findUnique({ where: { id: variantId }, select: { articleId: true, locale: true } });
  if (!variant || !isLocale(variant.locale)) throw new NotFoundError("variant");
  const work = await loadWork(variant.articleId, { OR: [visibleVariantWhere(), { id: variantId }] });
  const found = work?.variants.find((v) => v.id === variantId);
  if (!work || !found) throw new NotFoundError("variant");
  const pending = await getVariantPending(actor, { id: variantId, locale: variant.locale });
  const own = pending ? { ...found, ...pending.text } : found;
  const languages = work.variants.flatMap((v) => (isLocale(v.locale) ? [{ locale: v.locale, slug: v.slug, title: v.title }] : []));
  return toArticlePage(work, own, variant.locale, languages);
}
