"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useAction } from "@/components/use-action";
import { linkArticlesAction, searchLinkCandidatesAction } from "@/server/actions/translation-links";
import { ActionError } from "@/components/dashboard/action-error";
import { isLocale, localeDir, localeInfo } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import type { Failure } from "@/lib/action-result";
import type { LinkCandidate } from "@/server/translations/link";
import { languageList } from "./language-names";


const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;

/**
 * "Link an existing article": searches titles in every language as one types,
 * lists the works found with all their languages, and links the one clicked.
 * A refusal (both have a Spanish version…) is shown, and nothing changes.
 */
export function LinkArticleSearch({
  variantId,
  articleId,
  locales,
  linkableLocales,
}: {
  variantId: string;
  articleId: string;
  /** The languages this work has (a candidate with one of them cannot join). */
  locales: string[];
  /** The languages the actor may link versions in (a translator's own). */
  linkableLocales: string[];
}) {
  const t = useTranslations("TranslationLinks");
  const statuses = useTranslations("Statuses");
  const dashboardLocale = useLocale();
  const router = useRouter();
  const inputId = useId();
  const [query, setQuery] = useState("");
  // The results and the query they answer: "searching" is any newer query.
  const [answer, setAnswer] = useState<{ query: string; results: LinkCandidate[]; failure?: Failure } | null>(null);
  const { pending, failure, setFailure, run } = useAction();
  // The work the last link was refused for: its row shows why.
  const [refusedFor, setRefusedFor] = useState<string | null>(null);
  const [linked, setLinked] = useState<string[] | null>(null);

  const wanted = query.trim();
  const longEnough = [...wanted].length >= MIN_QUERY;
  useEffect(() => {
    if ([...wanted].length < MIN_QUERY) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await searchLinkCandidatesAction({ query: wanted, excludeArticleId: articleId });
      if (!current) return; // a newer query is on its way
      setAnswer(result.ok ? { query: wanted, results: result.data } : { query: wanted, results: [], failure: result });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, articleId]);

  const searching = longEnough && answer?.query !== wanted;
  const results = longEnough && answer?.query === wanted ? answer.results : [];
  const own = new Set(locales);

  function link(candidate: LinkCandidate) {
    // Any version names its work; one in the actor's languages is the one they may link.
    const other = candidate.variants.find((v) => linkableLocales.includes(v.locale)) ?? candidate.variants[0];
    if (!other) return;
    setFailure(null);
    setLinked(null);
    setRefusedFor(candidate.articleId);
    run(
      () => linkArticlesAction({ variantId, otherVariantId: other.id }),
      (data) => {
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
            const clash = candidate.variants.map((v) => v.locale).filter((l) => own.has(l));
            const refused = refusedFor === candidate.articleId ? failure : null;
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
                {clash.length > 0 && <p className="hint">{t("bothHave", { languages: languageList(clash, dashboardLocale) })}</p>}
                <button type="button" disabled={pending} onClick={() => link(candidate)} data-testid="link-candidate-button">
                  {pending ? t("linking") : t("link")}
                </button>
                {refused &&
                  (refused.error === "localeTaken" && refused.locales?.length ? (
                    <p role="alert" className="form-error" data-testid="action-error">
                      {t("localeTaken", { languages: languageList(refused.locales, dashboardLocale) })}
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
