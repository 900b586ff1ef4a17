// Metadata that machines read: canonical URLs, hreflang alternates, JSON-LD.
import type { Metadata } from "next";
import type { Locale } from "@/i18n/locales";
import { absoluteUrl } from "./urls";

export interface Alternate {
  locale: Locale;
  path: string;
}

/**
 * canonical + one hreflang per language the page exists in, plus x-default
 * (the source language's version, or the first).
 */
export function alternatesFor(current: Alternate, versions: Alternate[], xDefault?: Alternate): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const v of versions) languages[v.locale] = absoluteUrl(v.locale, v.path);
  const fallback = xDefault ?? versions[0] ?? current;
  languages["x-default"] = absoluteUrl(fallback.locale, fallback.path);
  return { canonical: absoluteUrl(current.locale, current.path), languages };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>`, `&` and the line
 * separators are escaped, so a title containing `</script>` stays inert.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
