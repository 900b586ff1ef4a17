import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import { isLocale } from "@/i18n/locales";
import { visibleDebateWhere, visibleVariantWhere } from "../articles/visibility";
import { db } from "../db";
import { heroImageSelect, toHeroImage, type HeroImage } from "../media/hero";
import { isValidSlug } from "@/lib/slug";
import { pickTranslation } from "@/lib/translations/pick-translation";

export interface DebateSummary {
  id: string;
  /** The locale the texts are in: the reader's, or the source's when not translated. */
  locale: Locale;
  title: string;
  subtitle: string;
  intro: string;
  slug: string;
  heroCredit: string | null;
  hero: HeroImage | null;
  /** The language the debate was written in (its x-default). */
  sourceLocale: string;
  publishedAt: Date | null;
  /** Every locale the debate exists in, with its slug there. */
  languages: { locale: Locale; slug: string }[];
}

export interface ArticleListItem {
  articleId: string;
  /** The variant shown: in the reader's locale when visible there, else the best other. */
  locale: Locale;
  inReaderLocale: boolean;
  title: string;
  slug: string;
  summary: string;
  date: Date;
  authors: { name: string; slug: string }[];
  /** Every visible language version, including the one shown. */
  languages: { locale: Locale; slug: string; title: string }[];
}

const debateInclude = { translations: true, heroImage: heroImageSelect } satisfies Prisma.DebateInclude;
type DebateRow = Prisma.DebateGetPayload<{ include: typeof debateInclude }>;

function toDebateSummary(debate: DebateRow, locale: Locale): DebateSummary | null {
  const t = pickTranslation(debate.translations, locale, debate.sourceLocale);
  if (!t || !isLocale(t.locale)) return null;
  return {
    id: debate.id,
    locale: t.locale,
    title: t.title,
    subtitle: t.subtitle,
    intro: t.intro,
    slug: t.slug,
    heroCredit: debate.heroCredit ?? null,
    hero: toHeroImage(debate.heroImage, debate.heroCredit, locale, debate.sourceLocale),
    sourceLocale: debate.sourceLocale,
    publishedAt: debate.publishedAt,
    languages: debate.translations.flatMap((x) => (isLocale(x.locale) ? [{ locale: x.locale, slug: x.slug }] : [])),
  };
}

/** Published debates, newest first, each in the reader's locale where translated. */
export async function getPublishedDebates(locale: Locale, { take = 20 } = {}): Promise<DebateSummary[]> {
  const debates = await db.debate.findMany({
    where: visibleDebateWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    include: debateInclude,
  });
  return debates.flatMap((d) => toDebateSummary(d, locale) ?? []);
}

export type DebateLookup =
  | { kind: "found"; debate: DebateSummary }
  | { kind: "redirect"; slug: string }
  | null;

/**
 * A published debate by the slug of one of its translations. The slug of
 * another locale's translation redirects to this locale's slug when there is
 * one; when the debate is not translated into `locale`, it is shown in its
 * source language (`debate.locale` says which).
 */
export async function getDebateBySlug(locale: Locale, slug: string): Promise<DebateLookup> {
  if (!isValidSlug(slug)) return null;
  const include = { debate: { include: debateInclude } };
  const row =
    (await db.debateTranslation.findFirst({ where: { locale, slug, debate: visibleDebateWhere() }, include })) ??
    (await db.debateTranslation.findFirst({ where: { slug, debate: visibleDebateWhere() }, include }));
  if (!row) return null;
  const own = row.debate.translations.find((t) => t.locale === locale);
  if (own && own.slug !== slug) return { kind: "redirect", slug: own.slug };
  const debate = toDebateSummary(row.debate, locale);
  return debate ? { kind: "found", debate } : null;
}

/** A function, not a constant: the visibility rule reads the clock at each query. */
const listingInclude = () =>
  ({
    variants: {
      where: visibleVariantWhere(),
      select: { locale: true, title: true, slug: true, summary: true, publishAt: true },
    },
    authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
  }) satisfies Prisma.ArticleInclude;
type ListingRow = Prisma.ArticleGetPayload<{ include: ReturnType<typeof listingInclude> }>;

function toListItem(article: ListingRow, locale: Locale): ArticleListItem | null {
  const variants = article.variants.filter((v) => isLocale(v.locale));
  const shown = pickTranslation(variants, locale, article.sourceLocale);
  if (!shown || !isLocale(shown.locale)) return null;
  const source = variants.find((v) => v.locale === article.sourceLocale) ?? shown;
  return {
    articleId: article.id,
    locale: shown.locale,
    inReaderLocale: shown.locale === locale,
    title: shown.title,
    slug: shown.slug,
    summary: shown.summary,
    // The work's date is its first publication, whatever language is shown.
    date: source.publishAt ?? shown.publishAt!,
    authors: article.authors.map((a) => a.author),
    languages: variants.map((v) => ({ locale: v.locale as Locale, slug: v.slug, title: v.title })),
  };
}

/**
 * Articles with at least one visible variant, newest first. An article not
 * available in the reader's locale is still listed, in a language it exists
 * in, never silently dropped.
 */
export async function listArticles(filter: { debateId?: string; authorId?: string }, locale: Locale): Promise<ArticleListItem[]> {
  const articles = await db.article.findMany({
    where: {
      deletedAt: null,
      variants: { some: visibleVariantWhere() },
      ...(filter.debateId ? { debateId: filter.debateId } : {}),
      ...(filter.authorId ? { authors: { some: { authorId: filter.authorId } } } : {}),
    },
    include: listingInclude(),
  });
  return articles
    .flatMap((a) => toListItem(a, locale) ?? [])
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.articleId.localeCompare(b.articleId));
}

export function getDebateArticles(debateId: string, locale: Locale): Promise<ArticleListItem[]> {
  return listArticles({ debateId }, locale);
}

/** The newest articles readable in `locale` (home page). */
export async function getLatestArticles(locale: Locale, { take = 12 } = {}): Promise<ArticleListItem[]> {
  const variants = await db.articleVariant.findMany({
    where: { locale, ...visibleVariantWhere() },
    orderBy: [{ publishAt: "desc" }, { id: "asc" }],
    take,
    select: { article: { include: listingInclude() } },
  });
  return variants.flatMap((v) => toListItem(v.article, locale) ?? []);
}
