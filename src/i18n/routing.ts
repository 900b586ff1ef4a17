import { defineRouting } from "next-intl/routing";
import { defaultLocale, localeCodes } from "./locales";

/** The reader's explicit choice is remembered for a year and wins over Accept-Language (see also src/proxy.ts). */
export const LOCALE_COOKIE = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365 };

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: "always",
  localeCookie: LOCALE_COOKIE,
  // No `Link: …; rel="alternate"` response header: next-intl builds it from the
  // request's host and lists every locale under the current slug, which is wrong
  // for articles (each language has its own slug, some none) and let a forged
  // X-Forwarded-Host reach cached answers. The HTML's hreflang alternates and the
  // sitemap are the only source of alternates.
  alternateLinks: false,
});
