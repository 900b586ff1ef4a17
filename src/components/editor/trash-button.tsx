"use client";

import { useTranslations } from "next-intl";
import { restoreArticleAction, trashArticleAction } from "@/server/actions/articles";
import { ActionButton } from "@/components/dashboard/action-button";
import { useRouter } from "@/i18n/navigation";

/** Moves the whole work (every language) to the trash — readers stop seeing it at once — or back. */
export function TrashButton({ articleId, trashed }: { articleId: string; trashed: boolean }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  return (
    <ActionButton
      testId={trashed ? "restore-article" : "trash-article"}
      confirm={trashed ? undefined : t("trashConfirm")}
      run={() => (trashed ? restoreArticleAction : trashArticleAction)({ articleId })}
      onDone={() => router.refresh()}
    >
      {trashed ? t("restoreArticle") : t("trashArticle")}
    </ActionButton>
  );
}
