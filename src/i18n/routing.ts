import { defineRouting } from "next-intl/routing";
import { defaultLocale, localeCodes } from "./locales";

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: "always",
  // The reader's explicit choice is remembered for a year and wins over Accept-Language.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});
