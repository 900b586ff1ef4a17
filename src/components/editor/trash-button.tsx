"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { restoreArticleAction, trashArticleAction } from "@/app/[locale]/dashboard/(staff)/articles/actions";
import { ActionError } from "@/components/dashboard/action-error";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/server/actions/run-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** Moves the whole work (every language) to the trash — readers stop seeing it at once — or back. */
export function TrashButton({ articleId, trashed }: { articleId: string; trashed: boolean }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        data-testid={trashed ? "restore-article" : "trash-article"}
        onClick={() => {
          if (!trashed && !window.confirm(t("trashConfirm"))) return;
          startTransition(async () => {
            const result = await (trashed ? restoreArticleAction : trashArticleAction)({ articleId });
            if (!result.ok) setFailure(result);
            else router.refresh();
          });
        }}
      >
        {trashed ? t("restoreArticle") : t("trashArticle")}
      </button>
      <ActionError result={failure} />
    </>
  );
}
