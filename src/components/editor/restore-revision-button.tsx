"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { restoreRevisionAction } from "@/server/actions/articles";
import { ActionButton } from "@/components/dashboard/action-button";
import { useRouter } from "@/i18n/navigation";

/**
 * Restoring writes the old text as a new version: the current one stays in the
 * history. On a live version it asks first: as unpublished changes (readers
 * keep the published text), or — for those who may publish — published at once.
 * The editor then says what happened.
 */
export function RestoreRevisionButton({
  variantId,
  revisionId,
  baseVersion,
  live,
  mayPublish,
}: {
  variantId: string;
  revisionId: string;
  baseVersion: number;
  live: boolean;
  mayPublish: boolean;
}) {
  const t = useTranslations("Revisions");
  const p = useTranslations("Pending");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const done = ({ outcome }: { outcome: string }) => {
    router.push(`/dashboard/articles/${variantId}?restored=${outcome}`);
    router.refresh();
  };
  const restore = (mode?: "pending" | "publish") => () => restoreRevisionAction({ variantId, revisionId, baseVersion, ...(mode ? { mode } : {}) });

  if (!live) return <ActionButton testId="restore-revision" run={restore()} onDone={done}>{t("restore")}</ActionButton>;
  if (!asking) {
    return (
      <button type="button" data-testid="restore-revision" onClick={() => setAsking(true)}>
        {t("restore")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="restore-live-title" className="notice restore-confirm" data-testid="restore-confirm">
      <h3 id="restore-live-title">{p("restoreLiveTitle")}</h3>
      <p>{p("restoreLiveHint")}</p>
      <p className="workflow-buttons">
        <ActionButton testId="restore-as-pending" run={restore("pending")} onDone={done}>
          {p("restoreAsPending")}
        </ActionButton>{" "}
        {mayPublish && (
          <ActionButton testId="restore-and-publish" run={restore("publish")} onDone={done}>
            {p("restoreAndPublish")}
          </ActionButton>
        )}{" "}
        <button type="button" onClick={() => setAsking(false)}>
          {p("restoreCancel")}
        </button>
      </p>
    </div>
  );
}
