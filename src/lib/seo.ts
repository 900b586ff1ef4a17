// Metadata that machines read: canonical URLs, hreflang alternates, JSON-LD, og:locale.
import type { Metadata } from "next";
import { defaultLocale, localeCodes, type Locale } from "@/i18n/locales";
import { absoluteSiteUrl, absoluteUrl, paths } from "./urls";

export interface Alternate {
  locale: Locale;
  path: string;
}

/**
 * The language versions of one page, as both the page's
 * <link rel="alternate" hreflang> and the sitemap advertise them. Only pages a
 * reader may land on and a search engine may index belong in `versions`: never
 * a redirect, never a noindex page.
 */
export interface PageVersions {
  versions: Alternate[];
  /** The language x-default names (the work's source language); when absent, English, else the first. */
  sourceLocale?: string;
}

/**
 * THE hreflang rule, the one function that decides a page's alternates and
 * x-default: the page's metadata and the sitemap both call it, nothing else
 * builds alternates. One absolute URL per version, plus x-default.
 */
export function hreflangAlternates({ versions, sourceLocale }: PageVersions): Record<string, string> {
  const languages: Record<string, string> = {};
  if (versions.length === 0) return languages;
  for (const v of versions) languages[v.locale] = absoluteUrl(v.locale, v.path);
  const fallback =
    versions.find((v) => v.locale === sourceLocale) ?? versions.find((v) => v.locale === defaultLocale) ?? versions[0]!;
  // Never the bare `/`: it redirects (to the reader's language), and no alternate may name a redirect.
  languages["x-default"] = absoluteUrl(fallback.locale, fallback.path);
  return languages;
}

/** A page that exists alike in every locale (home, about, search). */
export function everyLocale(path: string): PageVersions {
  return { versions: localeCodes.map((locale) => ({ locale, path })), sourceLocale: defaultLocale };
}

/**
 * A work, a debate or an author: one version per locale it is visible in
 * (`languages`, each with its slug there), x-default the source language's.
 */
export function versionsOf(languages: { locale: Locale; slug: string }[], sourceLocale: string, path: (slug: string) => string): PageVersions {
  return { versions: languages.map((l) => ({ locale: l.locale, path: path(l.slug) })), sourceLocale };
}

/** An article page: its visible language versions, x-default the source language's. */
export const articleVersions = (a: { languages: { locale: Locale; slug: string }[]; sourceLocale: string }) =>
  versionsOf(a.languages, a.sourceLocale, paths.article);

/** A debate page: one version per translation, x-default the source language's. */
export const debateVersions = (d: { languages: { locale: Locale; slug: string }[]; sourceLocale: string }) =>
  versionsOf(d.languages, d.sourceLocale, paths.debate);

/**
 * An author page: the locales their visible articles are in (`articles`: each
 * article's visible language versions). Elsewhere the page is thin: not indexed.
 */
export function authorVersions(slug: string, articles: { languages: { locale: Locale }[] }[]): PageVersions {
  const locales = [...new Set(articles.flatMap((a) => a.languages.map((l) => l.locale)))].sort();
  return versionsOf(
    locales.map((locale) => ({ locale, slug })),
    defaultLocale,
    paths.author,
  );
}

/** Whether the page in `locale` is one of its versions (else: noindex, and no alternates). */
export const isVersion = (page: PageVersions, locale: Locale) => page.versions.some((v) => v.locale === locale);

/** `alternates` for a page's metadata: its canonical URL, and its hreflang set when it is one of the versions. */
export function alternatesFor(current: Alternate, page: PageVersions): NonNullable<Metadata["alternates"]> {
  const indexable = page.versions.some((v) => v.locale === current.locale && v.path === current.path);
  return {
    canonical: absoluteUrl(current.locale, current.path),
    ...(indexable ? { languages: hreflangAlternates(page) } : {}),
  };
}

/**
 * The feeds a page advertises (<link rel="alternate" type=…>), so that feed
 * readers find them: the locale's RSS and Atom feeds, and a debate's own.
 */
export function feedLinks(locale: Locale, debateSlug?: string): Record<string, { url: string }[]> {
  return {
    "application/rss+xml": [
      ...(debateSlug ? [{ url: absoluteUrl(locale, paths.debateFeed(debateSlug)) }] : []),
      { url: absoluteUrl(locale, paths.feed()) },
    ],
    "application/atom+xml": [{ url: absoluteUrl(locale, paths.atomFeed()) }],
  };
}

/** og:image of a hero image: an absolute URL, its size and alt text. */
export function ogImage(image: { src: string; width: number | null; height: number | null; alt: string }) {
  return {
    url: absoluteSiteUrl(image.src),
    ...(image.width && image.height ? { width: image.width, height: image.height } : {}),
    ...(image.alt ? { alt: image.alt } : {}),
  };
}

/** Open Graph's locale form: "ar" → "ar_AR", "en" → "en_US", "pt" → "pt_BR", "he" → "he_IL". */
const OG_LOCALES: Record<Locale, string> = { en: "en_US", es: "es_ES", fr: "fr_FR", pt: "pt_BR", ar: "ar_AR", he: "he_IL" };
export const ogLocale = (locale: Locale): string => OG_LOCALES[locale];

/**
 * JSON for a <script type="application/ld+json">: `<`, `>`, `&` and the line
 * separators are escaped, so a title containing `</script>` stays inert.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
