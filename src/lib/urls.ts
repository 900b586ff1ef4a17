// Public URLs, in one place: pages, the language switcher, hreflang, feeds and
// the sitemap all build links here.
import type { Locale } from "@/i18n/locales";

/** The public origin, for canonical URLs, feeds and the sitemap. */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

const segment = (slug: string) => encodeURIComponent(slug);

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/articles/${segment(slug)}`,
  debate: (locale: Locale, slug: string) => `/${locale}/debates/${segment(slug)}`,
  author: (locale: Locale, slug: string) => `/${locale}/authors/${segment(slug)}`,
  search: (locale: Locale, query?: string) => `/${locale}/search${query ? `?q=${encodeURIComponent(query)}` : ""}`,
  about: (locale: Locale) => `/${locale}/about`,
  feed: (locale: Locale) => `/${locale}/feed.xml`,
  debateFeed: (locale: Locale, slug: string) => `/${locale}/debates/${segment(slug)}/feed.xml`,
};

/** `/en/articles/x` → `https://site/en/articles/x` */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
