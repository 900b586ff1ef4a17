import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { isLocale, localeCodes } from "@/i18n/locales";
import { localizedPath, paths } from "@/lib/urls";
import { db } from "../db";
import { forgetReadersSearches } from "../search/queries";

/** What a change touched (any of these; ids that no longer exist are skipped). */
export interface ChangedContent {
  variantIds?: string[];
  articleIds?: string[];
  debateIds?: string[];
  authorIds?: string[];
}

// Next's own tag for every page and feed under the root layout (the one
// `revalidatePath("/", "layout")` expires). Next has no public name for it.
const EVERY_PUBLIC_PAGE = "_N_T_/layout";

/**
 * After a change readers can see (publish, unpublish, a live text, a slug, a
 * translation link, a debate or author text), called by server actions —
 * domain functions stay free of Next's cache:
 *
 * - the pages of what changed (every language of the article, its debate, the
 *   author) and the home pages are re-rendered before anyone sees them again;
 * - every other public page, feed and the sitemap is refreshed on its next
 *   visit, that visitor still getting the page from before (stale-while-
 *   revalidate): nothing is guessed wrong for long — an article's byline
 *   elsewhere, a debate's list — yet a publish does not make every reader
 *   of the whole site wait for a render at once;
 * - no search answers from before the change are kept (a search page's next
 *   visitor gets new results);
 * - the server's own copies of pages (scripts/page-cache.mjs, under `npm start`)
 *   follow the same rules.
 */
export async function revalidatePublicPages(changed: ChangedContent = {}): Promise<void> {
  revalidateTag(EVERY_PUBLIC_PAGE, "max");
  const pages = await pagesOf(changed);
  for (const path of pages) revalidatePath(path);
  forgetReadersSearches();
  purgeServersPageCache(pages);
}

// Registered by scripts/serve.mjs on globalThis (Symbol.for so both sides name
// it without importing each other); absent under `next dev` and in tests.
const PURGE_PAGE_CACHE = Symbol.for("polyglot-press.purge-page-cache");

/** The server's in-memory pages: `gone` at once, the others on their next visit (search pages too: their results are forgotten above, so that visit finds the change). */
function purgeServersPageCache(gone: string[]): void {
  const purge = (globalThis as Record<symbol, unknown>)[PURGE_PAGE_CACHE];
  if (typeof purge === "function") purge(gone);
}

/** The public paths showing `changed` first-hand, and every home page. */
export async function pagesOf({ variantIds = [], articleIds = [], debateIds = [], authorIds = [] }: ChangedContent): Promise<string[]> {
  const out = new Set(localeCodes.map((locale) => localizedPath(locale, paths.home())));
  if (variantIds.length) {
    const rows = await db.articleVariant.findMany({ where: { id: { in: variantIds } }, select: { articleId: true } });
    articleIds = [...articleIds, ...rows.map((r) => r.articleId)];
  }
  if (articleIds.length) {
    const articles = await db.article.findMany({
      where: { id: { in: articleIds } },
      select: { debateId: true, variants: { select: { locale: true, slug: true } } },
    });
    for (const article of articles) {
      for (const v of article.variants) if (v.slug && isLocale(v.locale)) out.add(localizedPath(v.locale, paths.article(v.slug)));
      if (article.debateId) debateIds = [...debateIds, article.debateId];
    }
  }
  if (debateIds.length) {
    const translations = await db.debateTranslation.findMany({ where: { debateId: { in: debateIds } }, select: { locale: true, slug: true } });
    for (const t of translations) if (isLocale(t.locale)) out.add(localizedPath(t.locale, paths.debate(t.slug)));
  }
  if (authorIds.length) {
    const authors = await db.author.findMany({ where: { id: { in: authorIds } }, select: { slug: true } });
    for (const a of authors) for (const locale of localeCodes) out.add(localizedPath(locale, paths.author(a.slug)));
  }
  return [...out];
}
