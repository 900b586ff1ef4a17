"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useAction } from "@/components/use-action";
import { unlinkVariantAction } from "@/server/actions/translation-links";
import { ActionError } from "@/components/dashboard/action-error";
import { usePathname, useRouter } from "@/i18n/navigation";
import { languageList, languageName } from "./language-names";


/**
 * Splits one language version off into an article of its own, after a
 * confirmation step on the page (what the article loses, what the version keeps). When it cannot (the only version, or a language the
 * translator does not work in) the button stays, disabled, with the reason.
 */
export function UnlinkVariantButton({
  variantId,
  locale,
  disabledReason,
  translatedInto = [],
}: {
  variantId: string;
  locale: string;
  disabledReason?: "only" | "notAllowed" | "translated";
  /** For "translated": the languages, not the person's, of the versions translated from this one. */
  translatedInto?: string[];
}) {
  const t = useTranslations("TranslationLinks");
  const dashboardLocale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const reasonId = useId();
  const confirmId = useId();
  const [confirming, setConfirming] = useState(false);
  const { pending, failure, setFailure, run } = useAction();
  const language = languageName(locale, dashboardLocale);

  function unlink() {
    setFailure(null);
    run(() => unlinkVariantAction({ variantId }), () => {
      setConfirming(false);
      // The row may be gone from the list once it is refreshed: the page says what happened.
      router.replace(`${pathname}?unlinked=${encodeURIComponent(locale)}`);
    });
  }

  return (
    <>
      {confirming ? (
        // The confirmation says what the article loses and what the split-off version keeps.
        <div className="unlink-confirm" role="group" aria-labelledby={confirmId} data-testid={`unlink-confirm-${locale}`}>
          <p id={confirmId}>{t("unlinkConfirm", { language })}</p>
          <button type="button" className="danger" disabled={pending} onClick={unlink} data-testid={`unlink-yes-${locale}`}>
            {t("unlinkYes")}
          </button>{" "}
          <button type="button" disabled={pending} onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          disabled={pending || !!disabledReason}
          aria-describedby={disabledReason ? reasonId : undefined}
          data-testid={`unlink-${locale}`}
          onClick={() => {
            setFailure(null);
            setConfirming(true);
          }}
        >
          {t("unlink")}
        </button>
      )}
      {disabledReason && (
        <small id={reasonId} className="hint translation-links-reason">
          {disabledReason === "translated"
            ? t("refused.unlinkTranslated", { languages: languageList(translatedInto, dashboardLocale) })
            : t(disabledReason === "only" ? "unlinkOnly" : "unlinkNotAllowed")}
        </small>
      )}
      {failure?.error === "unlinkTranslated" && failure.locales?.length ? (
        <p role="alert" className="form-error" data-testid="action-error">
          {t("refused.unlinkTranslated", { languages: languageList(failure.locales, dashboardLocale) })}
        </p>
      ) : (
        <ActionError result={failure} />
      )}
    </>
  );
}
