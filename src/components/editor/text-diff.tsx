import { getTranslations } from "next-intl/server";
import type { DiffPart } from "@/lib/text-diff";

/** Removed words struck through, added ones marked — read by screen readers as such. */
export async function TextDiff({ parts, lang, dir }: { parts: DiffPart[]; lang: string; dir: "ltr" | "rtl" }) {
  const t = await getTranslations("Revisions");
  return (
    <div className="text-diff" lang={lang} dir={dir} data-testid="text-diff">
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i} aria-label={t("added")}>
            {part.text}
          </ins>
        ) : (
          <del key={i} aria-label={t("removed")}>
            {part.text}
          </del>
        ),
      )}
    </div>
  );
}
