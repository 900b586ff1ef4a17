import { defineRouting } from "next-intl/routing";
import { defaultLocale, localeCodes } from "./locales";

/** The reader's explicit choice is remembered for a year and wins over Accept-Language (see also src/proxy.ts). */
export const LOCALE_COOKIE = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365 };

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: "always",
  localeCookie: LOCALE_COOKIE,
});
