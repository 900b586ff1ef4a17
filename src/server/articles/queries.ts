import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import { isLocale } from "@/i18n/locales";
import { db } from "../db";
import { heroImageSelect, toHeroImage, type HeroImage } from "../media/hero";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { visibleVariantWhere } from "./visibility";
import { isValidSlug } from "@/lib/slug";

export interface LanguageVersion {
  locale: Locale;
  slug: string;
  title: string;
}

export interface ArticlePage {
  articleId: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  body: unknown;
  publishAt: Date;
  updatedAt: Date;
  sourceLocale: Locale;
  /**
   * The language this version was translated from, when it was (it follows a
   * revision of another version of the work); null for a version written in
   * its own right, such as one linked in from an article written separately.
   */
  translatedFrom: Locale | null;
  /** Translator credit (names) for a translated variant. */
  translators: string[];
  heroCredit: string | null;
  hero: HeroImage | null;
  authors: { name: string; slug: string }[];
  debate: { title: string; slug: string; locale: Locale } | null;
  /** Every visible language version of the work, this one included. */
  languages: LanguageVersion[];
}

export type ArticleLookup =
  | { kind: "found"; article: ArticlePage }
  /** The slug is another locale's: this locale has its own version. */
  | { kind: "redirect"; slug: string }
  /** The work exists, but has no visible version in this locale. */
  | { kind: "unavailable"; title: string; titleLocale: Locale; languages: LanguageVersion[] }
  | null;

/**
 * What a reader asking for `/{locale}/articles/{slug}` should get. The slug may
 * be another locale's (a language switch, a legacy link): then the reader goes
 * to this locale's version, or learns that there is none and where to read it.
 */
export async function getArticleBySlug(locale: Locale, slug: string): Promise<ArticleLookup> {
  // A slug no article could have (a NUL, a slash…) is not looked up: Postgres refuses a NUL outright.
  if (!isValidSlug(slug)) return null;
  const visible = visibleVariantWhere();
  const match =
    (await db.articleVariant.findFirst({ where: { locale, slug, ...visible }, select: { articleId: true } })) ??
    (await db.articleVariant.findFirst({ where: { slug, ...visible }, select: { articleId: true } }));
  if (!match) return null;

  const article = await loadWork(match.articleId, visible);
  if (!article || !isLocale(article.sourceLocale)) return null;

  const languages = article.variants.flatMap((v) => (isLocale(v.locale) ? [{ locale: v.locale, slug: v.slug, title: v.title }] : []));
  const own = article.variants.find((v) => v.locale === locale);
  if (!own) {
    const shown = pickTranslation(languages, locale, article.sourceLocale)!;
    return { kind: "unavailable", title: shown.title, titleLocale: shown.locale, languages };
  }
  if (own.slug !== slug) return { kind: "redirect", slug: own.slug };
  return { kind: "found", article: toArticlePage(article, own, locale, languages) };
}

/** A work with its variants (those matching `variantWhere`), ordered authors and debate. */
export function loadWork(articleId: string, variantWhere: Prisma.ArticleVariantWhereInput) {
  return db.article.findUnique({
    where: { id: articleId },
    include: {
      variants: {
        where: variantWhere,
        orderBy: { locale: "asc" },
        include: { sourceRevision: { select: { variant: { select: { locale: true, articleId: true } } } } },
      },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
      debate: { include: { translations: { select: { locale: true, title: true, slug: true } } } },
      heroImage: heroImageSelect,
    },
  });
}

type Work = NonNullable<Awaited<ReturnType<typeof loadWork>>>;

/** The page data of one language version (public page and staff preview alike). */
export function toArticlePage(article: Work, own: Work["variants"][number], locale: Locale, languages: LanguageVersion[]): ArticlePage {
  const debateVisible = article.debate && article.debate.status === "PUBLISHED" && !article.debate.deletedAt;
  const debateText = debateVisible ? pickTranslation(article.debate!.translations, locale, article.debate!.sourceLocale) : undefined;
  return {
    articleId: article.id,
    locale,
    title: own.title,
    slug: own.slug,
    summary: own.summary,
    body: own.body,
    publishAt: own.publishAt ?? own.updatedAt,
    updatedAt: own.updatedAt,
    sourceLocale: isLocale(article.sourceLocale) ? article.sourceLocale : locale,
    translatedFrom: translatedFrom(article.id, own),
    translators: own.translators,
    heroCredit: article.heroCredit,
    hero: toHeroImage(article.heroImage, article.heroCredit, locale, article.sourceLocale),
    authors: article.authors.map((a) => a.author),
    debate: debateText && isLocale(debateText.locale) ? { title: debateText.title, slug: debateText.slug, locale: debateText.locale } : null,
    languages,
  };
}

function translatedFrom(articleId: string, own: Work["variants"][number]): Locale | null {
  const source = own.sourceRevision?.variant;
  return source && source.articleId === articleId && source.locale !== own.locale && isLocale(source.locale) ? source.locale : null;
}

/** For legacy links: does any visible variant have this slug? */
export async function findVisibleSlug(slug: string): Promise<boolean> {
  if (!isValidSlug(slug)) return false;
  return (await db.articleVariant.count({ where: { slug, ...visibleVariantWhere() }, take: 1 })) > 0;
}

