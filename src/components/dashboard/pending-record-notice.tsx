"use client";

import { useFormatter, useTranslations } from "next-intl";
import { discardPendingChangeAction, publishPendingChangeAction } from "@/server/actions/pending";
import { useRouter } from "@/i18n/navigation";
import type { PENDING_RECORD_KINDS } from "@/lib/pending/schemas";
import { ActionButton } from "./action-button";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

/**
 * A debate's texts, a bio or an alt text with a change waiting for review in
 * one locale: who and when, the proposed text beside what readers see, and
 * Publish (with publish rights) / Discard.
 */
export function PendingRecordNotice({
  kind,
  recordId,
  locale,
  languageName,
  by,
  updatedAt,
  fields,
  mayPublish,
  mayDiscard,
}: {
  kind: (typeof PENDING_RECORD_KINDS)[number];
  recordId: string;
  locale: string;
  languageName: string;
  by: string | null;
  updatedAt: string;
  /** Each changed text: its label, what readers see, what is proposed. */
  fields: { label: string; live: string; proposed: string }[];
  mayPublish: boolean;
  mayDiscard: boolean;
}) {
  const t = useTranslations("Pending");
  const format = useFormatter();
  const router = useRouter();
  const input = { kind, recordId, locale };
  const dir = locale === "ar" || locale === "he" ? "rtl" : "ltr";
  return (
    <section className="notice pending-changes has-pending" data-testid={`pending-${kind}-${locale}`} aria-label={t("waitingForReview")}>
      <p role="status">{t("recordPending", { language: languageName, name: by ?? "—", time: format.dateTime(new Date(updatedAt), STAFF_DATE_TIME) })}</p>
      <dl>
        {fields
          .filter((f) => f.live !== f.proposed)
          .map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd lang={locale} dir={dir}>
                {f.live && <del>{f.live}</del>} <ins data-testid="pending-proposed">{f.proposed || "—"}</ins>
              </dd>
            </div>
          ))}
      </dl>
      <p className="workflow-buttons">
        {mayPublish && (
          <ActionButton testId="publish-pending" run={() => publishPendingChangeAction(input)} onDone={() => router.refresh()}>
            {t("publish")}
          </ActionButton>
        )}{" "}
        {mayDiscard && (
          <ActionButton testId="discard-pending" confirm={t("discardConfirm")} run={() => discardPendingChangeAction(input)} onDone={() => router.refresh()}>
            {t("discard")}
          </ActionButton>
        )}
      </p>
    </section>
  );
}
