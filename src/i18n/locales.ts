// The one table of locales. Routes, the language switcher, hreflang, feeds, the
// sitemap and search all read it. Adding a locale: a row here + messages/<code>.json.

export const LOCALES = [
  { code: "en", label: "English", englishName: "English", dir: "ltr", textSearch: "english" },
  { code: "es", label: "Español", englishName: "Spanish", dir: "ltr", textSearch: "spanish" },
  { code: "fr", label: "Français", englishName: "French", dir: "ltr", textSearch: "french" },
  { code: "pt", label: "Português", englishName: "Portuguese", dir: "ltr", textSearch: "portuguese" },
  { code: "ar", label: "العربية", englishName: "Arabic", dir: "rtl", textSearch: "arabic" },
  // Postgres ships no Hebrew stemmer; `simple` lower-cases and splits on words.
  { code: "he", label: "עברית", englishName: "Hebrew", dir: "rtl", textSearch: "simple" },
] as const satisfies readonly LocaleInfo[];

export interface LocaleInfo {
  /** BCP 47 code used in URLs and stored on content. */
  code: string;
  /** The language's name in itself ("العربية"), as readers look for it. */
  label: string;
  /** English name, as the legacy `?lang=Spanish` links spell it. */
  englishName: string;
  dir: "ltr" | "rtl";
  /** Postgres text-search configuration for full-text search. */
  textSearch: string;
}

export type Locale = (typeof LOCALES)[number]["code"];

export const localeCodes = LOCALES.map((l) => l.code) as Locale[];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (localeCodes as string[]).includes(value);
}

export function localeInfo(code: Locale): LocaleInfo {
  return LOCALES.find((l) => l.code === code)!;
}

export function localeDir(code: Locale): "ltr" | "rtl" {
  return localeInfo(code).dir;
}

/** The site's timezone for dates shown to readers and editors. */
export const SITE_TIME_ZONE = process.env.NEXT_PUBLIC_SITE_TIME_ZONE ?? "UTC";
