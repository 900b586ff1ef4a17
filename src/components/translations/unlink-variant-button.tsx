"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { useAction } from "@/components/use-action";
import { unlinkVariantAction } from "@/server/actions/translation-links";
import { ActionError } from "@/components/dashboard/action-error";
import { usePathname, useRouter } from "@/i18n/navigation";
import { languageName } from "./language-names";


/**
 * Splits one language version off into an article of its own, after a
 * confirmation. When it cannot (the only version, or a language the
 * translator does not work in) the button stays, disabled, with the reason.
 */
export function UnlinkVariantButton({ variantId, locale, disabledReason }: { variantId: string; locale: string; disabledReason?: "only" | "notAllowed" }) {
  const t = useTranslations("TranslationLinks");
  const dashboardLocale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const reasonId = useId();
  const { pending, failure, setFailure, run } = useAction();
  const language = languageName(locale, dashboardLocale);
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={pending || !!disabledReason}
        aria-describedby={disabledReason ? reasonId : undefined}
        data-testid={`unlink-${locale}`}
        onClick={() => {
          if (!window.confirm(t("unlinkConfirm", { language }))) return;
          setFailure(null);
          run(() => unlinkVariantAction({ variantId }), () => {
            // The row may be gone from the list once it is refreshed: the page says what happened.
            router.replace(`${pathname}?unlinked=${encodeURIComponent(locale)}`);
          });
        }}
      >
        {t("unlink")}
      </button>
      {disabledReason && (
        <small id={reasonId} className="hint translation-links-reason">
          {t(disabledReason === "only" ? "unlinkOnly" : "unlinkNotAllowed")}
        </small>
      )}
      <ActionError result={failure} />
    </>
  );
}
