import "server-only";
import type { Locale } from "@/i18n/locales";
import { isLocale } from "@/i18n/locales";
import type { Prisma } from "@/generated/prisma/client";
import { documentToPlainText, type RichTextNode } from "@/lib/rich-text/document";
import { visibleDebateWhere, visibleVariantSql, visibleVariantWhere } from "../articles/visibility";
import { db } from "../db";
import { isValidSlug } from "@/lib/slug";

// What machines read: feeds and the sitemap. Every read goes through the
// readers' visibility rule, so drafts, future-scheduled and trashed work never
// leak into a feed, the sitemap or an hreflang alternate. Queries select only
// the columns they print and never loop over rows with more queries.

export const FEED_SIZE = 50;

export interface FeedItem {
  id: string;
  locale: Locale;
  title: string;
  slug: string;
  /** The summary, or the start of the body when there is none (plain text). */
  summary: string;
  publishAt: Date;
  updatedAt: Date;
  authors: { name: string; slug: string }[];
  translators: string[];
  /** The debate's title in the feed's locale, when the debate is public and translated. */
  debate: { title: string; slug: string } | null;
}

const SUMMARY_FALLBACK_LENGTH = 300;

function summaryOf(summary: string, body: Prisma.JsonValue): string {
  if (summary.trim()) return summary;
  if (!body || typeof body !== "object" || Array.isArray(body)) return "";
  const text = documentToPlainText(body as unknown as RichTextNode).replace(/\s+/g, " ").trim();
  if (text.length <= SUMMARY_FALLBACK_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_FALLBACK_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/**
 * The latest visible variants of a locale (optionally of one debate), newest
 * first by publishAt. Three queries whatever the size: variants, their
 * authors, their debates' translations (Prisma batches the relations).
 */
export async function getFeedItems(
  locale: Locale,
  { debateId, take = FEED_SIZE, now = new Date() }: { debateId?: string; take?: number; now?: Date } = {},
): Promise<FeedItem[]> {
  const rows = await db.articleVariant.findMany({
    where: { AND: [visibleVariantWhere(now), { locale }, debateId ? { article: { debateId } } : {}] },
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      locale: true,
      title: true,
      slug: true,
      summary: true,
      body: true,
      publishAt: true,
      updatedAt: true,
      translators: true,
      article: {
        select: {
          authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
          debate: {
            select: {
              status: true,
              deletedAt: true,
              translations: { where: { locale }, select: { title: true, slug: true } },
            },
          },
        },
      },
    },
  });

  return rows.map((row) => {
    const debate = row.article.debate;
    const debateVisible = debate && debate.status === "PUBLISHED" && debate.deletedAt === null;
    return {
      id: row.id,
      locale,
      title: row.title,
      slug: row.slug,
      summary: summaryOf(row.summary, row.body),
      publishAt: row.publishAt!,
      updatedAt: row.updatedAt,
      authors: row.article.authors.map((a) => a.author),
      translators: row.translators,
      debate: debateVisible ? (debate.translations[0] ?? null) : null,
    };
  });
}

export interface FeedDebate {
  id: string;
  title: string;
  subtitle: string;
  slug: string;
}

/** A public debate by its slug in a locale (null when unknown, unpublished or not translated there). */
export async function getFeedDebate(locale: Locale, slug: string): Promise<FeedDebate | null> {
  if (!isValidSlug(slug)) return null;
  const translation = await db.debateTranslation.findFirst({
    where: { locale, slug, debate: visibleDebateWhere() },
    select: { debateId: true, title: true, subtitle: true, slug: true },
  });
  return translation && { id: translation.debateId, title: translation.title, subtitle: translation.subtitle, slug: translation.slug };
}

// ————— sitemap —————

/** One language version of a page, for the sitemap and its hreflang alternates. */
export interface SitemapVersion {
  locale: Locale;
  slug: string;
  updatedAt: Date;
}

/** A work (or debate) with every visible language version of it. */
export interface SitemapGroup {
  id: string;
  sourceLocale: string;
  versions: SitemapVersion[];
}

export interface SitemapAuthor {
  slug: string;
  updatedAt: Date;
  /** The locales in which the author has at least one visible article. */
  locales: Locale[];
}

/**
 * A page of works (articles ordered by id) with their visible variants. Two flat
 * queries, no IN lists: the works of the page, then the visible variants whose
 * articleId falls in the page's id range. Without `page`, every work (fine at
 * 100k variants: a few small columns per row). To split the sitemap past
 * 50,000 URLs, call it per chunk with { skip: chunk * size, take: size }.
 */
export async function getSitemapWorks({
  page,
  now = new Date(),
}: { page?: { skip: number; take: number }; now?: Date } = {}): Promise<SitemapGroup[]> {
  const works = await db.article.findMany({
    where: { deletedAt: null, variants: { some: visibleVariantWhere(now) } },
    orderBy: { id: "asc" },
    ...(page ?? {}),
    select: { id: true, sourceLocale: true },
  });
  if (works.length === 0) return [];

  const range = page ? { articleId: { gte: works[0]!.id, lte: works[works.length - 1]!.id } } : {};
  const variants = await db.articleVariant.findMany({
    where: { AND: [visibleVariantWhere(now), range] },
    orderBy: [{ articleId: "asc" }, { locale: "asc" }],
    select: { articleId: true, locale: true, slug: true, updatedAt: true },
  });

  const byWork = new Map<string, SitemapVersion[]>();
  for (const v of variants) {
    if (!isLocale(v.locale)) continue;
    const list = byWork.get(v.articleId) ?? [];
    list.push({ locale: v.locale, slug: v.slug, updatedAt: v.updatedAt });
    byWork.set(v.articleId, list);
  }
  return works.flatMap((w) => {
    const versions = byWork.get(w.id);
    return versions ? [{ id: w.id, sourceLocale: w.sourceLocale, versions }] : [];
  });
}

/** Every public debate with all its translations (a debate's texts have no draft state of their own). */
export async function getSitemapDebates(): Promise<SitemapGroup[]> {
  const debates = await db.debate.findMany({
    where: visibleDebateWhere(),
    orderBy: { id: "asc" },
    select: {
      id: true,
      sourceLocale: true,
      updatedAt: true,
      translations: { orderBy: { locale: "asc" }, select: { locale: true, slug: true, updatedAt: true } },
    },
  });
  return debates.map((d) => ({
    id: d.id,
    sourceLocale: d.sourceLocale,
    versions: d.translations.flatMap((t) =>
      // The debate's own fields (hero image, credit) show on every translation's page.
      isLocale(t.locale) ? [{ locale: t.locale, slug: t.slug, updatedAt: t.updatedAt > d.updatedAt ? t.updatedAt : d.updatedAt }] : [],
    ),
  }));
}

/**
 * Every author with at least one visible article, and the locales those
 * articles are visible in. Two flat queries: the authors, then the distinct
 * (author, locale) pairs of visible variants.
 */
export async function getSitemapAuthors({ now = new Date() }: { now?: Date } = {}): Promise<SitemapAuthor[]> {
  const visibleArticle = { deletedAt: null, variants: { some: visibleVariantWhere(now) } } satisfies Prisma.ArticleWhereInput;
  const [authors, links] = await Promise.all([
    db.author.findMany({
      where: { deletedAt: null, articles: { some: { article: visibleArticle } } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, updatedAt: true },
    }),
    // One row per (author, locale): the database does the grouping, not a loop.
    db.$queryRaw<{ authorId: string; locale: string }[]>`
      SELECT DISTINCT aa."authorId", v."locale"
      FROM "ArticleAuthor" aa
      JOIN "Article" a ON a."id" = aa."articleId"
      JOIN "ArticleVariant" v ON v."articleId" = a."id"
      WHERE ${visibleVariantSql("v", "a")}`,
  ]);
  const locales = new Map<string, Set<Locale>>();
  for (const { authorId, locale } of links) {
    if (!isLocale(locale)) continue;
    const set = locales.get(authorId) ?? new Set<Locale>();
    set.add(locale);
    locales.set(authorId, set);
  }
  return authors.flatMap((a) => {
    const set = locales.get(a.id);
    return set ? [{ slug: a.slug, updatedAt: a.updatedAt, locales: [...set].sort() }] : [];
  });
}
