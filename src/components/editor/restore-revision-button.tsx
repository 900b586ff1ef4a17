"use client";

import { useTranslations } from "next-intl";
import { restoreRevisionAction } from "@/server/actions/articles";
import { ActionButton } from "@/components/dashboard/action-button";
import { useRouter } from "@/i18n/navigation";

/** Restoring writes the old text as a new version: the current one stays in the history. */
export function RestoreRevisionButton({ variantId, revisionId, baseVersion }: { variantId: string; revisionId: string; baseVersion: number }) {
  const t = useTranslations("Revisions");
  const router = useRouter();
  return (
    <ActionButton
      testId="restore-revision"
      run={() => restoreRevisionAction({ variantId, revisionId, baseVersion })}
      onDone={() => {
        router.push(`/dashboard/articles/${variantId}`);
        router.refresh();
      }}
    >
      {t("restore")}
    </ActionButton>
  );
}
