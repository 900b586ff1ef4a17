"use client";

import { useTranslations } from "next-intl";
import { markUpToDateAction, startTranslationAction } from "@/server/actions/translations";
import { ActionButton } from "@/components/dashboard/action-button";
import { useRouter } from "@/i18n/navigation";

/** "Translate into …": creates the draft and opens it beside its source. */
export function TranslateIntoButton({ sourceVariantId, locale, localeLabel }: { sourceVariantId: string; locale: string; localeLabel: string }) {
  const t = useTranslations("Translations");
  const router = useRouter();
  return (
    <ActionButton
      testId={`translate-into-${locale}`}
      run={() => startTranslationAction({ sourceVariantId, locale })}
      onDone={({ variantId }) => router.push(`/dashboard/articles/${variantId}`)}
    >
      {t("translateInto", { language: localeLabel })}
    </ActionButton>
  );
}

type UpToDateTarget = { kind: "variant"; variantId: string } | { kind: "debate"; debateId: string; locale: string } | { kind: "bio"; authorId: string; locale: string };

/** The translator has reviewed the source's changes: the translation follows the source as it is now. */
export function MarkUpToDateButton({ target }: { target: UpToDateTarget }) {
  const t = useTranslations("Translations");
  const router = useRouter();
  return (
    <ActionButton testId="mark-up-to-date" run={() => markUpToDateAction(target)} onDone={() => router.refresh()}>
      {t("markUpToDate")}
    </ActionButton>
  );
}
