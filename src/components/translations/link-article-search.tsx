"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useAction } from "@/components/use-action";
import { linkArticlesAction, previewLinkAction, searchLinkCandidatesAction } from "@/server/actions/translation-links";
import { ActionError } from "@/components/dashboard/action-error";
import { isLocale, localeDir, localeInfo } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import type { Failure } from "@/lib/action-result";
import type { LinkKeep } from "@/lib/translations/schemas";
import type { LinkCandidate, LinkPreview } from "@/server/translations/link";
import { languageList } from "./language-names";
import { LinkConfirm, LinkRefusalText } from "./link-confirm";


const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;
const LINK_REFUSALS = new Set(["linkOtherLanguages", "linkChangesPublished"]);

/**
 * "Link an existing article": searches titles in every language as one types
 * and lists the works found with all their languages. A work the person may
 * not link says why instead of offering the button; "Link…" opens the
 * confirmation (what each side loses, whose shared fields to keep), and only
 * its confirm button links.
 */
export function LinkArticleSearch({ variantId, articleId }: { variantId: string; articleId: string }) {
  const t = useTranslations("TranslationLinks");
  const statuses = useTranslations("Statuses");
  const dashboardLocale = useLocale();
  const router = useRouter();
  const inputId = useId();
  const [query, setQuery] = useState("");
  // The results and the query they answer: "searching" is any newer query.
  const [answer, setAnswer] = useState<{ query: string; results: LinkCandidate[]; failure?: Failure } | null>(null);
  // The candidate being confirmed, with its "what changes" once loaded.
  const [confirming, setConfirming] = useState<{ candidate: string; otherVariantId: string; preview?: LinkPreview } | null>(null);
  const { pending, failure, setFailure, run } = useAction();
  // The work the last preview or link was refused for: its row shows why.
  const [refusedFor, setRefusedFor] = useState<string | null>(null);
  const [linked, setLinked] = useState<string[] | null>(null);

  const wanted = query.trim();
  const longEnough = [...wanted].length >= MIN_QUERY;
  useEffect(() => {
    if ([...wanted].length < MIN_QUERY) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await searchLinkCandidatesAction({ query: wanted, variantId, excludeArticleId: articleId });
      if (!current) return; // a newer query is on its way
      setAnswer(result.ok ? { query: wanted, results: result.data } : { query: wanted, results: [], failure: result });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, variantId, articleId]);

  const searching = longEnough && answer?.query !== wanted;
  const results = longEnough && answer?.query === wanted ? answer.results : [];

  function review(candidate: LinkCandidate) {
    const other = candidate.variants[0];
    if (!other) return;
    setFailure(null);
    setLinked(null);
    setConfirming({ candidate: candidate.articleId, otherVariantId: other.id });
    setRefusedFor(candidate.articleId);
    run(
      () => previewLinkAction({ variantId, otherVariantId: other.id, displayLocale: dashboardLocale }),
      (preview) => setConfirming({ candidate: candidate.articleId, otherVariantId: other.id, preview }),
    );
  }

  function link(candidate: string, otherVariantId: string, keep: LinkKeep) {
    setFailure(null);
    setRefusedFor(candidate);
    run(
      () => linkArticlesAction({ variantId, otherVariantId, keep }),
      (data) => {
        setConfirming(null);
        setLinked(data.movedLocales);
        setQuery("");
        setAnswer(null);
        router.refresh();
      },
    );
  }

  return (
    <div className="link-search" data-testid="link-search">
      <label htmlFor={inputId}>{t("searchLabel")}</label>
      <input
        id={inputId}
        type="search"
        dir="auto"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setLinked(null);
          setFailure(null);
          setConfirming(null);
        }}
        data-testid="link-search-input"
      />
      <p className="hint" aria-live="polite" data-testid="link-search-state">
        {!wanted ? null : !longEnough ? t("tooShort") : searching ? t("searching") : results.length === 0 && !answer?.failure ? t("noResults", { query: wanted }) : null}
      </p>
      {answer?.failure && answer.query === wanted && <ActionError result={answer.failure} />}
      {linked && (
        <p role="status" className="form-notice" data-testid="link-done">
          {t("linked", { languages: languageList(linked, dashboardLocale) })}
        </p>
      )}
      {results.length > 0 && (
        <ul className="link-candidates" aria-label={t("results")} data-testid="link-candidates">
          {results.map((candidate) => {
            const refused = refusedFor === candidate.articleId ? failure : null;
            const open = !refused && confirming?.candidate === candidate.articleId ? confirming : null;
            return (
              <li key={candidate.articleId} data-testid="link-candidate">
                <ul className="link-candidate-versions">
                  {candidate.variants.map((v) => {
                    const known = isLocale(v.locale) ? v.locale : null;
                    return (
                      <li key={v.id}>
                        <span className="link-candidate-locale" lang={v.locale}>
                          {known ? localeInfo(known).label : v.locale}
                        </span>{" "}
                        <bdi lang={v.locale} dir={known ? localeDir(known) : "auto"}>
                          {v.title}
                        </bdi>{" "}
                        <small>({statuses(v.status)})</small>
                      </li>
                    );
                  })}
                </ul>
                {candidate.refusal ? (
                  // Not theirs to link: say why, and offer nothing.
                  <LinkRefusalText refusal={candidate.refusal} />
                ) : open ? (
                  open.preview?.refusal ? (
                    // Changed since the search (a version added, say): refused whatever the choice.
                    <LinkRefusalText refusal={open.preview.refusal} />
                  ) : open.preview ? (
                    <LinkConfirm
                      preview={open.preview}
                      pending={pending}
                      onConfirm={(keep) => link(candidate.articleId, open.otherVariantId, keep)}
                      onCancel={() => setConfirming(null)}
                    />
                  ) : (
                    <p className="hint">{t("loading")}</p>
                  )
                ) : (
                  <button type="button" disabled={pending} onClick={() => review(candidate)} data-testid="link-candidate-button">
                    {t("link")}
                  </button>
                )}
                {refused &&
                  (refused.error === "localeTaken" && refused.locales?.length ? (
                    <p role="alert" className="form-error" data-testid="action-error">
                      {t("localeTaken", { languages: languageList(refused.locales, dashboardLocale) })}
                    </p>
                  ) : LINK_REFUSALS.has(refused.error) && refused.locales?.length ? (
                    <p role="alert" className="form-error" data-testid="action-error">
                      {t(`refused.${refused.error as "linkOtherLanguages"}`, { languages: languageList(refused.locales, dashboardLocale) })}
                    </p>
                  ) : (
                    <ActionError result={refused} />
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
