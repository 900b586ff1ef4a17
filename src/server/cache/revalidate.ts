import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { isLocale, localeCodes } from "@/i18n/locales";
import { localizedPath, paths } from "@/lib/urls";
import { db } from "../db";
import { atomFeedPath } from "../feeds/responses";
import { forgetReadersSearches } from "../search/queries";
import { purgeServerPages, SITEMAP_TAG } from "./policy.mjs";

/** What a change touched (any of these; ids that no longer exist are skipped). */
export interface ChangedContent {
  variantIds?: string[];
  articleIds?: string[];
  /** Debates and authors whose own texts changed. */
  debateIds?: string[];
  authorIds?: string[];
  /** Debates and authors whose pages listed a changed article before the change (it moved). */
  listedBy?: { debateIds?: string[]; authorIds?: string[] };
  /**
   * Slugs the change took away (renamed or deleted), as they were before it
   * (Payload's previousDoc): readers may still hold those URLs, so their
   * pages re-render too. Looked up after the save, they are gone.
   */
  previousSlugs?: { articles?: { locale: string; slug: string }[]; debates?: { locale: string; slug: string }[]; authors?: string[] };
}

/**
 * After a change readers can see (publish, unpublish, a live text, a slug, a
 * translation link, a debate or author text), called by server actions —
 * domain functions stay free of Next's cache:
 *
 * - every page showing what changed is re-rendered before anyone sees it again
 *   (`pagesOf`): the article in every language (and the "not in this language"
 *   pages under its other slugs), its debate, its authors, and the home pages and
 *   feeds; for a debate or an author, also the pages of their articles (which
 *   name them); the sitemap on its next visit;
 * - no search answers from before the change are kept;
 * - the server's own copies of pages (scripts/page-cache.mjs, under `npm start`)
 *   drop those pages at once and refresh the others on their next visit (Next's
 *   copies of those others are still current).
 *
 * Every expiry here is immediate, never stale-while-revalidate: Next 16's
 * `revalidateTag(tag, "max")` only marks a tag stale, so the next visitor still
 * got the sitemap from before the change (and triggered its refresh); a
 * `{ expire: 0 }` profile expires it at once, in a server action or anywhere
 * else (`updateTag` does the same but throws outside server actions).
 * `revalidatePath(path)` without a profile expires at once too.
 *
 * Nothing else is expired: other pages refresh by themselves within their
 * `revalidate` time (PAGE_REVALIDATE_SECONDS in ./policy.mjs). Expiring every page on each change made all of them
 * re-render at once after every publish — and every 2 s while someone edits a
 * live article — the load test's slowest seconds (npm run loadtest).
 */
export async function revalidatePublicPages(changed: ChangedContent = {}): Promise<void> {
  const pages = await pagesOf(changed);
  for (const path of pages) revalidatePath(path);
  revalidateTag(SITEMAP_TAG, { expire: 0 });
  forgetReadersSearches();
  // The server's in-memory pages: these at once, the others on their next visit (search
  // pages too: their results are forgotten above, so that visit finds the change).
  purgeServerPages(pages);
}

/**
 * The public paths that show `changed`: always the home pages and site feeds of
 * every locale; an article's page in each of its languages, and under each of
 * its slugs in every locale (where the language switcher lands when a version is
 * missing: "not in this language", or a redirect once it exists), its debate's
 * pages and feeds and its authors' pages (and those of `listedBy`); for a debate
 * or an author changed themselves, also the pages of their articles (which name
 * them); and the pages under the slugs the change took away (`previousSlugs`).
 */
export async function pagesOf({ variantIds = [], articleIds = [], debateIds = [], authorIds = [], listedBy = {}, previousSlugs = {} }: ChangedContent): Promise<string[]> {
  const out = new Set(localeCodes.flatMap((locale) => [paths.home(), paths.feed(), atomFeedPath()].map((path) => localizedPath(locale, path))));
  const addArticle = (variants: { locale: string; slug: string }[], everyLocale: boolean) => {
    for (const v of variants) {
      if (!v.slug || !isLocale(v.locale)) continue;
      for (const locale of everyLocale ? localeCodes : [v.locale]) out.add(localizedPath(locale, paths.article(v.slug)));
    }
  };
  const variants = { select: { locale: true, slug: true } } as const;
  addArticle(previousSlugs.articles ?? [], true);
  for (const t of previousSlugs.debates ?? []) {
    if (isLocale(t.locale)) for (const path of [paths.debate(t.slug), paths.debateFeed(t.slug)]) out.add(localizedPath(t.locale, path));
  }
  for (const slug of previousSlugs.authors ?? []) for (const locale of localeCodes) out.add(localizedPath(locale, paths.author(slug)));

  // A debate's or an author's own text: every page naming them.
  if (debateIds.length) {
    const debates = await db.debate.findMany({ where: { id: { in: debateIds } }, select: { articles: { select: { variants } } } });
    for (const debate of debates) for (const article of debate.articles) addArticle(article.variants, false);
  }
  if (authorIds.length) {
    const authors = await db.author.findMany({ where: { id: { in: authorIds } }, select: { articles: { select: { article: { select: { variants } } } } } });
    for (const author of authors) for (const { article } of author.articles) addArticle(article.variants, false);
  }
  // The articles changed, named by id or by one of their language versions.
  const articles =
    articleIds.length || variantIds.length
      ? await db.article.findMany({
          where: { OR: [{ id: { in: articleIds } }, { variants: { some: { id: { in: variantIds } } } }] },
          select: { debateId: true, variants, authors: { select: { authorId: true } } },
        })
      : [];
  for (const article of articles) addArticle(article.variants, true);

  const pagesOfDebates = [...debateIds, ...(listedBy.debateIds ?? []), ...articles.flatMap((a) => (a.debateId ? [a.debateId] : []))];
  if (pagesOfDebates.length) {
    const translations = await db.debateTranslation.findMany({ where: { debateId: { in: pagesOfDebates } }, select: { locale: true, slug: true } });
    for (const t of translations) {
      if (isLocale(t.locale)) for (const path of [paths.debate(t.slug), paths.debateFeed(t.slug)]) out.add(localizedPath(t.locale, path));
    }
  }
  const pagesOfAuthors = [...authorIds, ...(listedBy.authorIds ?? []), ...articles.flatMap((a) => a.authors.map((link) => link.authorId))];
  if (pagesOfAuthors.length) {
    const slugs = await db.author.findMany({ where: { id: { in: pagesOfAuthors } }, select: { slug: true } });
    for (const a of slugs) for (const locale of localeCodes) out.add(localizedPath(locale, paths.author(a.slug)));
  }
  return [...out];
}
