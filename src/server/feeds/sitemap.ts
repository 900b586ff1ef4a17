import "server-only";
import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { defaultLocale, isLocale, localeCodes, type Locale } from "@/i18n/locales";
import { absoluteUrl, paths, SITE_URL } from "@/lib/urls";
import { getSitemapAuthors, getSitemapDebates, getSitemapWorks, type SitemapAuthor, type SitemapGroup } from "./queries";
import { SITEMAP_REVALIDATE_SECONDS, SITEMAP_TAG } from "../cache/policy.mjs";
import { xmlUrl } from "./xml";

// The sitemap: every public page in every language it exists in, each with
// its hreflang alternates — exactly the visible language versions of the same
// work, plus x-default (the source-locale version, for a page that has one).
//
// Size: one sitemap file holds 50,000 URLs. Past ~40k, split it with Next's
// generateSitemaps in src/app/sitemap.ts: chunk k = buildSitemap({ works:
// await getSitemapWorks({ page: { skip: k * N, take: N } }), debates: [], authors: [] })
// with the static pages, debates and authors in chunk 0 (works keep all their
// language versions in one chunk, so alternates never straddle files).

/** How long a generated sitemap is served before it is rebuilt (seconds): a scheduled article appears within a minute. */
export const SITEMAP_REVALIDATE = SITEMAP_REVALIDATE_SECONDS;

export interface SitemapData {
  works: SitemapGroup[];
  debates: SitemapGroup[];
  authors: SitemapAuthor[];
}

type Entry = MetadataRoute.Sitemap[number];

/**
 * Next writes sitemap URLs into the XML as they are: every URL goes through
 * xmlUrl. Ours are built by urls.ts with encoded slugs, so this is a guard,
 * not a transformation.
 */
const url = (locale: Locale, path: string) => xmlUrl(absoluteUrl(locale, path));

function pickDefault(group: SitemapGroup): SitemapGroup["versions"][number] {
  const { versions, sourceLocale } = group;
  return versions.find((v) => v.locale === sourceLocale) ?? versions.find((v) => v.locale === defaultLocale) ?? versions[0]!;
}

/** One entry per language version, each listing all of them (hreflang must be reciprocal). */
function groupEntries(group: SitemapGroup, path: (slug: string) => string): Entry[] {
  if (group.versions.length === 0) return [];
  const languages: Record<string, string> = {};
  for (const v of group.versions) languages[v.locale] = url(v.locale, path(v.slug));
  const fallback = pickDefault(group);
  languages["x-default"] = url(fallback.locale, path(fallback.slug));
  return group.versions.map((v) => ({
    url: languages[v.locale]!,
    lastModified: v.updatedAt.toISOString(),
    alternates: { languages: { ...languages } },
  }));
}

/** A page that exists in every locale (home, about). */
function everyLocaleEntries(path: string, xDefault: string, lastModified?: Date): Entry[] {
  const languages: Record<string, string> = {};
  for (const locale of localeCodes) languages[locale] = url(locale, path);
  languages["x-default"] = xDefault;
  return localeCodes.map((locale) => ({
    url: languages[locale]!,
    ...(lastModified ? { lastModified: lastModified.toISOString() } : {}),
    alternates: { languages: { ...languages } },
  }));
}

/** Pure: the data of the queries in, the sitemap out (dates as ISO strings, so it survives a cache). */
export function buildSitemap({ works, debates, authors }: SitemapData): MetadataRoute.Sitemap {
  let newest: Date | undefined;
  for (const group of [...works, ...debates]) {
    for (const v of group.versions) if (!newest || v.updatedAt > newest) newest = v.updatedAt;
  }
  return [
    // `/` picks the reader's language itself: the x-default of the home pages.
    ...everyLocaleEntries(paths.home(), xmlUrl(`${SITE_URL}/`), newest),
    ...everyLocaleEntries(paths.about(), url(defaultLocale, paths.about())),
    ...debates.flatMap((d) => groupEntries(d, paths.debate)),
    ...works.flatMap((w) => groupEntries(w, paths.article)),
    ...authors.flatMap((a) =>
      groupEntries(
        {
          id: a.slug,
          sourceLocale: defaultLocale,
          versions: a.locales.filter(isLocale).map((locale) => ({ locale, slug: a.slug, updatedAt: a.updatedAt })),
        },
        paths.author,
      ),
    ),
  ];
}

export async function loadSitemapData(now = new Date()): Promise<SitemapData> {
  const [works, debates, authors] = await Promise.all([getSitemapWorks({ now }), getSitemapDebates(), getSitemapAuthors({ now })]);
  return { works, debates, authors };
}

export { SITEMAP_TAG };

/**
 * The sitemap, cached for SITEMAP_REVALIDATE seconds (tag SITEMAP_TAG for
 * revalidateTag on publish). Only called on a request, never at build time.
 */
export const getCachedSitemap = unstable_cache(async () => buildSitemap(await loadSitemapData()), ["sitemap"], {
  revalidate: SITEMAP_REVALIDATE,
  tags: [SITEMAP_TAG],
});
