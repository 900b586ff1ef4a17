import { isLocale, type Locale } from "@/i18n/locales";

// WordPress language slugs (Polylang's term slugs, WPML's codes) → our locales.
// Only what is listed maps: an unlisted language is reported and its posts are
// not imported, never mapped to a "close enough" locale. `--language xx=yy`
// adds to or overrides this table.

const DEFAULT_LANGUAGE_MAP: Record<string, Locale> = {
  en: "en", "en-us": "en", "en-gb": "en", en_us: "en", en_gb: "en",
  es: "es", "es-es": "es", "es-mx": "es", es_es: "es", es_mx: "es",
  fr: "fr", "fr-fr": "fr", "fr-ca": "fr", fr_fr: "fr", fr_ca: "fr",
  pt: "pt", "pt-br": "pt", "pt-pt": "pt", pt_br: "pt", pt_pt: "pt",
  ar: "ar", ar_sa: "ar", "ar-sa": "ar",
  he: "he", he_il: "he", "he-il": "he", iw: "he",
};

export type LanguageMap = ReadonlyMap<string, Locale>;

/** The default table plus `overrides` ("xx=yy" pairs or an object); a target that is not one of our locales is refused. */
export function languageMap(overrides: Record<string, string> = {}): LanguageMap {
  const map = new Map<string, Locale>(Object.entries(DEFAULT_LANGUAGE_MAP));
  for (const [from, to] of Object.entries(overrides)) {
    if (!isLocale(to)) throw new Error(`--language ${from}=${to}: "${to}" is not one of this site's locales.`);
    map.set(from.trim().toLowerCase(), to);
  }
  return map;
}

export function mapLanguage(map: LanguageMap, wpLanguage: string): Locale | null {
  return map.get(wpLanguage.trim().toLowerCase()) ?? null;
}
