import { isLocale, type Locale } from "@/i18n/locales";

/** Slugs arrive percent-encoded for non-ASCII (Arabic, Hebrew) URLs. */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).normalize("NFC");
  } catch {
    return raw;
  }
}

/** The layout has already refused unknown locales; this narrows the type. */
export function asLocale(raw: string): Locale {
  if (!isLocale(raw)) throw new Error(`Unknown locale ${raw}`);
  return raw;
}
