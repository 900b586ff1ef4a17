// Public URLs, in one place: pages, the language switcher, hreflang, feeds and
// the sitemap all build links here. `paths` are locale-less, as the Link of
// @/i18n/navigation takes them (with its `locale` prop); `localizedPath` and
// `absoluteUrl` add the locale and the origin for feeds, sitemaps and metadata.
import type { Locale } from "@/i18n/locales";

/**
 * The public origin of every absolute URL (canonical, hreflang, og:url,
 * JSON-LD, feeds, sitemap, robots.txt), read at each call so that it is a
 * runtime setting: SITE_URL, else the deprecated NEXT_PUBLIC_SITE_URL, else
 * the address `npm start` prints (http://localhost:$PORT). Never derived from
 * the request's Host or X-Forwarded-Host: a cached page would then carry
 * whatever host a client sent (cache poisoning).
 */
export function siteUrl(): string {
  const env = process.env;
  // A computed name: Next inlines `process.env.NEXT_PUBLIC_…` at build time, which would freeze it.
  const configured = env.SITE_URL || env[`NEXT_PUBLIC_${"SITE_URL"}`] || `http://localhost:${env.PORT || "3000"}`;
  return configured.replace(/\/+$/, "");
}

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
  atomFeed: () => "/atom.xml",
  debateFeed: (slug: string) => `/debates/${segment(slug)}/feed.xml`,
};

/** ("ar", "/articles/x") → "/ar/articles/x" */
export function localizedPath(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** ("/media/x.webp") → "https://site/media/x.webp": a path outside any locale. */
export function absoluteSiteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** ("ar", "/articles/x") → "https://site/ar/articles/x" */
export function absoluteUrl(locale: Locale, path: string): string {
  return `${siteUrl()}${localizedPath(locale, path)}`;
}
