// Public URLs, in one place: pages, the language switcher, hreflang, feeds and
// the sitemap all build links here. `paths` are locale-less, as the Link of
// @/i18n/navigation takes them (with its `locale` prop); `localizedPath` and
// `absoluteUrl` add the locale and the origin for feeds, sitemaps and metadata.
import type { Locale } from "@/i18n/locales";

/** The public origin, for canonical URLs, feeds and the sitemap. */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

const segment = (slug: string) => encodeURIComponent(slug);

export const paths = {
  home: () => "/",
  article: (slug: string) => `/articles/${segment(slug)}`,
  debate: (slug: string) => `/debates/${segment(slug)}`,
  author: (slug: string) => `/authors/${segment(slug)}`,
  search: (query?: string, page?: number) =>
    `/search${query ? `?q=${encodeURIComponent(query)}${page && page > 1 ? `&page=${page}` : ""}` : ""}`,
  about: () => "/about",
  feed: () => "/feed.xml",
  debateFeed: (slug: string) => `/debates/${segment(slug)}/feed.xml`,
};

/** ("ar", "/articles/x") → "/ar/articles/x" */
export function localizedPath(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** ("ar", "/articles/x") → "https://site/ar/articles/x" */
export function absoluteUrl(locale: Locale, path: string): string {
  return `${SITE_URL}${localizedPath(locale, path)}`;
}
