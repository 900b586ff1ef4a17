import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/i18n/locales";

/** Slugs arrive percent-encoded for non-ASCII (Arabic, Hebrew) URLs. */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).normalize("NFC");
  } catch {
    return raw;
  }
}

/**
 * The locale of a route, or a 404. The root layout refuses unknown locales too,
 * but nested layouts, pages and generateMetadata run alongside it.
 */
export function asLocale(raw: string): Locale {
  if (!isLocale(raw)) notFound();
  return raw;
}
