import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/i18n/locales";

/** The [locale] segment, narrowed (the root layout has already refused unknown locales). */
export function dashboardLocale(raw: string): Locale {
  if (!isLocale(raw)) notFound();
  return raw;
}
