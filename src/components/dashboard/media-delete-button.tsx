"use client";

import { useTranslations } from "next-intl";

import { useAction } from "@/components/use-action";
import { deleteMediaAction } from "@/server/actions/media";
import { useRouter } from "@/i18n/navigation";
import { MediaError } from "./media-error";

/** Deletes an image after confirmation; an image in use is refused with the reason. */
export function MediaDeleteButton({ mediaId }: { mediaId: string }) {
  const t = useTranslations("Media");
  const router = useRouter();
  const { pending, failure, run } = useAction();

  function onClick() {
    if (!window.confirm(t("detail.confirmDelete"))) return;
    run(() => deleteMediaAction({ mediaId }), () => {
      router.push("/dashboard/media");
      router.refresh();
    });
  }

  return (
    <div>
      <MediaError failure={failure} operation="delete" />
      <button type="button" className="danger" onClick={onClick} disabled={pending} data-testid="media-delete">
        {pending ? t("detail.deleting") : t("detail.delete")}
      </button>
    </div>
  );
}
