import "server-only";
import { legacyArticleTarget } from "@/i18n/legacy";
import { isLocale, type Locale } from "@/i18n/locales";
import { decodeSlug } from "@/lib/route-params";
import { localizedPath, paths } from "@/lib/urls";
import { isValidSlug } from "@/lib/slug";
import { findVisibleSlug, getArticleBySlug } from "./articles/queries";
import { visibleDebateWhere, visibleVariantWhere } from "./articles/visibility";
import { db } from "./db";
import { getDebateBySlug } from "./debates/queries";
import { importedRedirectTarget } from "./import/redirects";

/**
 * Where an old `/{english-slug}/?lang=Spanish` link lives now, as one
 * permanent redirect: straight to that language's own slug (looked up here,
 * rather than redirecting to the English slug and letting the page redirect
 * again). An article without that language lands on its "not available" page.
 */
export async function legacyRedirectPath(pathname: string, lang: string | null, search?: URLSearchParams): Promise<string | null> {
  // Permalinks of an imported WordPress site (src/server/import/redirects.ts).
  const imported = search ? await importedRedirectTarget(pathname, search) : null;
  if (imported) return imported;
  const legacy = legacyArticleTarget(pathname, lang);
  if (!legacy) return null;
  return articlePath(legacy.locale, legacy.slug);
}

/** An article's URL in a locale, at that locale's own slug. */
async function articlePath(locale: Locale, slug: string): Promise<string> {
  const lookup = await getArticleBySlug(locale, slug);
  return localizedPath(locale, paths.article(lookup?.kind === "redirect" ? lookup.slug : slug));
}

/** A debate's URL in a locale, at its translation's own slug. */
async function debatePath(locale: Locale, slug: string): Promise<string> {
  const lookup = await getDebateBySlug(locale, slug);
  return localizedPath(locale, paths.debate(lookup?.kind === "redirect" ? lookup.slug : slug));
}

/** Whether a visible article version (a debate translation) in `locale` has this slug: its page, no redirect. */
async function isOwnSlug(kind: "articles" | "debates", locale: Locale, slug: string): Promise<boolean> {
  if (kind === "articles") return (await db.articleVariant.count({ where: { locale, slug, ...visibleVariantWhere() }, take: 1 })) > 0;
  return (await db.debateTranslation.count({ where: { locale, slug, debate: visibleDebateWhere() }, take: 1 })) > 0;
}

const LOCALE_PAGE = /^\/([^/]+)\/(articles|debates)\/([^/]+)$/;
const TOP_LEVEL = /^\/([^/]+)$/;

/**
 * Where a legacy or not-quite-right readers' URL ends up, so that it takes ONE
 * permanent redirect instead of a chain (Next's trailing-slash 308, then the
 * locale prefix, then the page's own slug redirect):
 * - `/{english-slug}/?lang=Spanish` (with or without the slash): that language's article;
 * - `/{slug}` and `/{slug}/` outside a locale: the article in the reader's language
 *   (`readerLocale`, as the locale routing negotiates it), at that language's slug;
 * - `/{locale}/articles/{slug}/` and `/{locale}/debates/{slug}/`: the slash
 *   dropped and the slug of that language put in at once;
 * - any other path with a trailing slash: without it (inside the reader's
 *   locale when it has none), query kept.
 * null: nothing to redirect here (the locale routing and the pages do the rest,
 * each in one redirect).
 */
export async function canonicalRedirect(pathname: string, search: URLSearchParams, readerLocale: () => Locale): Promise<string | null> {
  const legacy = await legacyRedirectPath(pathname, search.get("lang"), search);
  if (legacy) return legacy;

  const slashed = pathname.length > 1 && pathname.endsWith("/");
  const path = slashed ? pathname.replace(/\/+$/, "") || "/" : pathname;
  const query = search.size ? `?${search}` : "";

  const page = LOCALE_PAGE.exec(path);
  if (page && isLocale(page[1])) {
    const [locale, kind, slug] = [page[1], page[2] as "articles" | "debates", decodeSlug(page[3]!)];
    // The usual case, a page at its own slug, costs one indexed lookup. (Not left to the
    // page's permanentRedirect: Next sends its first render of one with the Location header twice.)
    if (!slashed && (!isValidSlug(slug) || (await isOwnSlug(kind, locale, slug)))) return null;
    const target = (kind === "articles" ? await articlePath(locale, slug) : await debatePath(locale, slug)) + query;
    return target === pathname + query ? null : target;
  }
  const first = path.split("/")[1] ?? "";
  if (isLocale(first)) return slashed ? path + query : null;

  // Outside a locale.
  const top = TOP_LEVEL.exec(path);
  if (top && (await findVisibleSlug(decodeSlug(top[1]!)))) return articlePath(readerLocale(), decodeSlug(top[1]!));
  if (!slashed) return null; // the locale routing prefixes it, in one redirect
  return localizedPath(readerLocale(), path === "/" ? "/" : path) + query;
}
