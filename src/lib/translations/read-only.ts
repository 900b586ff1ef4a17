import { isLocale, localeDir } from "@/i18n/locales";
import { renderRichText } from "@/lib/rich-text/render";

// What the editor page shows of a language version the person may not edit:
// its text, read-only, rendered on the server as readers see it — a
// translator opening the English source must be able to read it.

export type VersionView =
  | { mode: "edit" }
  | { mode: "read"; reason: "notYourLanguage" | "inTrash"; locale: string; dir: "ltr" | "rtl" | "auto"; title: string; summary: string; html: string };

export function versionView({
  mayEdit,
  trashed,
  variant,
}: {
  /** May the person edit versions in this language? */
  mayEdit: boolean;
  /** Is the work in the trash (read-only until restored)? */
  trashed: boolean;
  variant: { locale: string; title: string; summary: string; body: unknown };
}): VersionView {
  if (mayEdit && !trashed) return { mode: "edit" };
  return {
    mode: "read",
    reason: trashed ? "inTrash" : "notYourLanguage",
    locale: variant.locale,
    dir: isLocale(variant.locale) ? localeDir(variant.locale) : "auto",
    title: variant.title,
    summary: variant.summary,
    html: renderRichText(variant.body),
  };
}
