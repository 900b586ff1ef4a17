"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { restoreRevisionAction } from "@/app/[locale]/dashboard/(staff)/articles/actions";
import { ActionError } from "@/components/dashboard/action-error";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/server/actions/run-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** Restoring writes the old text as a new version: the current one stays in the history. */
export function RestoreRevisionButton({ variantId, revisionId, baseVersion }: { variantId: string; revisionId: string; baseVersion: number }) {
  const t = useTranslations("Revisions");
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        data-testid="restore-revision"
        onClick={() =>
          startTransition(async () => {
            const result = await restoreRevisionAction({ variantId, revisionId, baseVersion });
            if (!result.ok) {
              setFailure(result);
              return;
            }
            router.push(`/dashboard/articles/${variantId}`);
            router.refresh();
          })
        }
      >
        {t("restore")}
      </button>
      <ActionError result={failure} />
    </>
  );
}
