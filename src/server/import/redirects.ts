import "server-only";
import { LRUCache } from "lru-cache";
import { isLocale, localeCodes } from "@/i18n/locales";
import { localizedPath, paths } from "@/lib/urls";
import { db } from "../db";

// Old WordPress URLs → the imported version's current URL. Written by the
// import (LegacyRedirect), read by the proxy on requests that no route of ours
// answers first. The key is the old path, with `?lang=xx` or `?p=N` when the
// old URL had one; the target is computed from the version's current slug, so
// a renamed article still gets one redirect.

/** The old URLs of one version: its permalink, `?p=ID`, and the `?lang=` and `/{lang}/` forms. */
export function redirectPaths(link: string, site: string, wpId: number, wpLanguage: string | null): string[] {
  const found = new Set<string>();
  let url: URL | null = null;
  try {
    url = new URL(link, site.startsWith("http") ? `${site}/` : "https://wordpress.invalid/");
  } catch {
    url = null;
  }
  const base = (() => {
    try {
      return new URL(site).pathname.replace(/\/+$/, "");
    } catch {
      return "";
    }
  })();
  found.add(`${normalize(base || "/")}?p=${wpId}`);
  if (url) {
    const path = normalize(url.pathname);
    const p = url.searchParams.get("p");
    const lang = url.searchParams.get("lang");
    if (p) found.add(`${normalize(url.pathname)}?p=${p}`);
    else if (path !== normalize(base || "/")) {
      found.add(path + (lang ? `?lang=${lang}` : ""));
      if (wpLanguage) {
        const prefix = `/${wpLanguage}`;
        const relative = base && path.startsWith(base) ? path.slice(base.length) : path;
        if (relative.startsWith(`${prefix}/`)) {
          // /fr/2024/05/x → also /2024/05/x?lang=fr
          found.add(`${base}${relative.slice(prefix.length)}?lang=${wpLanguage}`);
        } else {
          found.add(`${path}?lang=${wpLanguage}`);
          found.add(`${base}${prefix}${relative}`);
        }
      }
    }
  }
  // Our own routes are never shadowed: nothing at a locale's root.
  return [...found].filter((p) => !localeCodes.some((l) => p.split("?")[0] === `/${l}`));
}

/**
 * "/2024/05/x/" and "/2024/05/x" are one URL, and so are "%d8%b9" (as WordPress writes it),
 * "%D8%B9" (as browsers send it) and "ع": paths are kept decoded.
 */
function normalize(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Not valid percent-encoding: kept as it is.
  }
  const trimmed = decoded.replace(/\/+$/, "");
  return trimmed || "/";
}

/** The key an old URL is stored under (a path, or a full URL): its normalized path and its ?p= or ?lang=. */
export function redirectKey(oldUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(oldUrl.trim(), "https://old.invalid");
  } catch {
    return null;
  }
  return requestKey(url.pathname, url.searchParams)[0]!;
}

/** The lookup key of a request: its path, plus the one query parameter WordPress links carry. */
function requestKey(pathname: string, search: URLSearchParams): string[] {
  const path = normalize(pathname);
  const keys: string[] = [];
  const p = search.get("p");
  const lang = search.get("lang");
  if (p) keys.push(`${path}?p=${p}`);
  if (lang) keys.push(`${path}?lang=${lang}`);
  keys.push(path);
  return keys;
}

// Every request the proxy sees asks; answers (also "none") are kept a minute. On globalThis:
// Next bundles the proxy and the server actions into separate module graphs, and a change
// made in the dashboard must clear the proxy's answers (as db.ts shares its client).
const globalForRedirects = globalThis as unknown as { importedRedirects?: LRUCache<string, { target: string | null }> };
const cache = (globalForRedirects.importedRedirects ??= new LRUCache<string, { target: string | null }>({ max: 20_000, ttl: 60_000 }));

/** Our own pages (/{locale}, /{locale}/articles/…): never an old URL, never looked up. */
const OUR_SECTIONS = new Set(["articles", "debates", "authors", "search", "about", "preview", "dashboard"]);
function isOurPage(pathname: string): boolean {
  const [first, second] = pathname.split("/").filter(Boolean);
  return !!first && isLocale(first) && (second === undefined || OUR_SECTIONS.has(second));
}

/** Where an old WordPress URL lives now, or null. */
export async function importedRedirectTarget(pathname: string, search: URLSearchParams): Promise<string | null> {
  if (isOurPage(pathname)) return null;
  // No stored path holds a NUL (Postgres text cannot), and a query with one fails: nothing to find.
  const keys = requestKey(pathname, search).filter((key) => !key.includes("\u0000"));
  if (!keys.length) return null;
  const cacheKey = keys.join(" ");
  const cached = cache.get(cacheKey);
  if (cached) return cached.target;
  const target = await lookup(keys);
  cache.set(cacheKey, { target });
  return target;
}

async function lookup(keys: string[]): Promise<string | null> {
  const rows = await db.legacyRedirect.findMany({ where: { path: { in: keys } } });
  for (const key of keys) {
    const row = rows.find((r) => r.path === key);
    if (!row) continue;
    const variant = await db.articleVariant.findUnique({ where: { id: row.variantId }, select: { locale: true, slug: true, article: { select: { deletedAt: true } } } });
    if (!variant || variant.article.deletedAt || !isLocale(variant.locale)) continue;
    return localizedPath(variant.locale, paths.article(variant.slug));
  }
  return null;
}

/** Forgets cached answers (after an import, in tests). */
export function forgetImportedRedirects(): void {
  cache.clear();
}
