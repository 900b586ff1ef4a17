"use client";

import { useTranslations } from "next-intl";
import type { RichTextNode } from "@/lib/rich-text/document";
import type { SourcePane } from "@/components/editor/article-editor";

/**
 * Under a source block in the side-by-side editor: what the glossary requires
 * of its terms, and the translation memory's matches for it, each inserted at
 * the cursor of the translation in one click.
 */
export function BlockAids({
  block,
  targetLocale,
  targetDirection,
  onInsert,
}: {
  block: SourcePane["blocks"][number];
  targetLocale: string;
  targetDirection: "ltr" | "rtl";
  onInsert: (content: RichTextNode[]) => void;
}) {
  const t = useTranslations("Glossary");
  if (!block.memory.length && !block.terms.length) return null;
  return (
    <div className="block-aids" data-testid="block-aids">
      {block.terms.length > 0 && (
        <p className="glossary-terms" data-testid="glossary-terms">
          <span className="aid-label">{t("termsLabel")}</span>{" "}
          {block.terms.map((term) => (
            <span key={term.term} className="glossary-term" title={term.note || undefined}>
              <bdi>{term.term}</bdi> →{" "}
              {term.doNotTranslate ? (
                <em>{t("doNotTranslateShort")}</em>
              ) : (
                <bdi lang={targetLocale} dir={targetDirection}>
                  {term.translation}
                </bdi>
              )}
            </span>
          ))}
        </p>
      )}
      {block.memory.map((match, i) => (
        <p key={i} className="memory-match" data-testid="memory-match">
          <span className="aid-label">{t("match", { score: match.score })}</span>{" "}
          <bdi lang={targetLocale} dir={targetDirection}>
            {match.targetText}
          </bdi>{" "}
          <button type="button" className="small" onClick={() => onInsert(match.target)}>
            {t("insert")}
          </button>
        </p>
      ))}
    </div>
  );
}
