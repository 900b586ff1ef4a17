import "server-only";
import { legacyArticleTarget } from "@/i18n/legacy";
import { localizedPath, paths } from "@/lib/urls";
import { getArticleBySlug } from "./articles/queries";
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
  const lookup = await getArticleBySlug(legacy.locale, legacy.slug);
  const slug = lookup?.kind === "redirect" ? lookup.slug : legacy.slug;
  return localizedPath(legacy.locale, paths.article(slug));
}
