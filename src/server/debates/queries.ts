import "server-only";
import type { Locale } from "@/i18n/locales";
import { isLocale } from "@/i18n/locales";
import { visibleDebateWhere, visibleVariantWhere } from "../articles/visibility";
import { db } from "../db";

export interface DebateSummary {
  id: string;
  /** The locale the texts are in: the reader's, or the source's when not translated. */
  locale: Locale;
  title: string;
  subtitle: string;
  intro: string;
  slug: string;
  heroCredit: string | null;
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

function pickTranslation<T extends { locale: string }>(items: T[], locale: Locale, fallback: string): T | undefined {
  return items.find((t) => t.locale === locale) ?? items.find((t) => t.locale === fallback) ?? items[0];
}

/** Published debates, newest first, each in the reader's locale where translated. */
export async function getPublishedDebates(locale: Locale, { take = 20 } = {}): Promise<DebateSummary[]> {
  const debates = await db.debate.findMany({
    where: visibleDebateWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    include: { translations: true },
  });
  return debates.flatMap((debate) => {
    const t = pickTranslation(debate.translations, locale, debate.sourceLocale);
    if (!t || !isLocale(t.locale)) return [];
    return [
      {
        id: debate.id,
        locale: t.locale,
        title: t.title,
        subtitle: t.subtitle,
        intro: t.intro,
        slug: t.slug,
        heroCredit: debate.heroCredit ?? null,
        publishedAt: debate.publishedAt,
        languages: debate.translations.flatMap((x) => (isLocale(x.locale) ? [{ locale: x.locale, slug: x.slug }] : [])),
      },
    ];
  });
}

/**
 * Every article of a debate with at least one visible variant, newest first.
 * An article not available in the reader's locale is still listed, in a
 * language it exists in, never silently dropped.
 */
export async function getDebateArticles(debateId: string, locale: Locale): Promise<ArticleListItem[]> {
  const articles = await db.article.findMany({
    where: { debateId, deletedAt: null, variants: { some: visibleVariantWhere() } },
    include: {
      variants: {
        where: visibleVariantWhere(),
        select: { locale: true, title: true, slug: true, summary: true, publishAt: true },
      },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
    },
  });

  const items = articles.flatMap((article): ArticleListItem[] => {
    const variants = article.variants.filter((v) => isLocale(v.locale));
    const shown = pickTranslation(variants, locale, article.sourceLocale);
    if (!shown || !isLocale(shown.locale)) return [];
    const source = variants.find((v) => v.locale === article.sourceLocale) ?? shown;
    return [
      {
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
      },
    ];
  });
  return items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.articleId.localeCompare(b.articleId));
}
