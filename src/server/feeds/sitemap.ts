import "server-only";
import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { isLocale, type Locale } from "@/i18n/locales";
import { articleVersions, authorVersions, debateVersions, everyLocale, hreflangAlternates, type PageVersions } from "@/lib/seo";
import { paths, siteUrl } from "@/lib/urls";
import { getSitemapAuthors, getSitemapDebates, getSitemapWorks, type SitemapAuthor, type SitemapGroup } from "./queries";
import { SITEMAP_REVALIDATE_SECONDS, SITEMAP_TAG } from "../cache/policy.mjs";
import { xmlUrl } from "./xml";

// The sitemap: every public page in every language it exists in, each with
// its hreflang alternates — exactly the visible language versions of the same
// work, plus x-default — as lib/seo.ts's hreflangAlternates decides them for
// the pages' own <link rel="alternate"> too.
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
function entriesOf(page: PageVersions, lastModified: (locale: Locale) => Date | undefined): Entry[] {
  // The same function as the pages' <link rel="alternate">: the two cannot disagree.
  const languages = Object.fromEntries(Object.entries(hreflangAlternates(page)).map(([k, v]) => [k, xmlUrl(v)]));
  return page.versions.map((v) => {
    const modified = lastModified(v.locale);
    return {
      url: languages[v.locale]!,
      ...(modified ? { lastModified: modified.toISOString() } : {}),
      alternates: { languages: { ...languages } },
    };
  });
}

/** One entry per language version, each listing all of them (hreflang must be reciprocal). */
function groupEntries(group: SitemapGroup, pageOf: (page: { languages: SitemapGroup["versions"]; sourceLocale: string }) => PageVersions): Entry[] {
  const updated = new Map(group.versions.map((v) => [v.locale, v.updatedAt]));
  return entriesOf(pageOf({ languages: group.versions, sourceLocale: group.sourceLocale }), (locale) => updated.get(locale));
}

/** Pure: the data of the queries in, the sitemap out (dates as ISO strings, so it survives a cache). */
export function buildSitemap({ works, debates, authors }: SitemapData): MetadataRoute.Sitemap {
  let newest: Date | undefined;
  for (const group of [...works, ...debates]) {
    for (const v of group.versions) if (!newest || v.updatedAt > newest) newest = v.updatedAt;
  }
  return [
    ...entriesOf(everyLocale(paths.home()), () => newest),
    ...entriesOf(everyLocale(paths.about()), () => undefined),
    ...debates.flatMap((d) => groupEntries(d, debateVersions)),
    ...works.flatMap((w) => groupEntries(w, articleVersions)),
    ...authors.flatMap((a) => entriesOf(authorVersions(a.slug, [{ languages: a.locales.filter(isLocale).map((locale) => ({ locale })) }]), () => a.updatedAt)),
  ];
}

export async function loadSitemapData(now = new Date()): Promise<SitemapData> {
  const [works, debates, authors] = await Promise.all([getSitemapWorks({ now }), getSitemapDebates(), getSitemapAuthors({ now })]);
  return { works, debates, authors };
}

export { SITEMAP_TAG };

// The origin is an argument only to be part of the cache key.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const cachedSitemap = unstable_cache(async (origin: string) => buildSitemap(await loadSitemapData()), ["sitemap"], {
  revalidate: SITEMAP_REVALIDATE,
  tags: [SITEMAP_TAG],
});

/**
 * The sitemap, cached for SITEMAP_REVALIDATE seconds (tag SITEMAP_TAG for
 * revalidateTag on publish), keyed by the site URL too: a SITE_URL changed
 * without a rebuild never serves the old origin's copy. Only called on a
 * request, never at build time.
 */
export const getCachedSitemap = () => cachedSitemap(siteUrl());
