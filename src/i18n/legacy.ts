import { LOCALES, type Locale } from "./locales";

/**
 * The old openGlobalRights scheme: `/{english-slug}/?lang=Spanish` (a full
 * English language name). Returns where such a URL now lives, or null.
 */
export function legacyArticleTarget(pathname: string, lang: string | null): { locale: Locale; slug: string } | null {
  if (!lang) return null;
  const locale = LOCALES.find((l) => l.englishName.toLowerCase() === lang.trim().toLowerCase())?.code;
  const match = /^\/([^/]+)\/?$/.exec(pathname);
  if (!locale || !match) return null;
  const slug = match[1]!;
  if (LOCALES.some((l) => l.code === slug)) return null;
  return { locale, slug };
}
