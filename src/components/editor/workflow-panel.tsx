"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/use-action";
import { publishAllAction, transitionVariantAction } from "@/server/actions/articles";
import { Link } from "@/i18n/navigation";
import type { TransitionName } from "@/lib/articles/schemas";
import { instantToZonedTime } from "@/lib/zoned-time";
import type { Failure } from "@/lib/action-result";
import type { Content, EditorVariant } from "./article-editor";
import type { Autosaver } from "./autosaver";

/** Status changes, scheduling (in the site's or the editor's own time zone) and publish-all. */
export function WorkflowPanel({ initial, saver, onChanged }: { initial: EditorVariant; saver: Autosaver<Content, Failure>; onChanged: () => void }) {
  const t = useTranslations("Editor");
  const errors = useTranslations("Errors");
  const fieldErrors = useTranslations("FieldErrors");
  const statuses = useTranslations("Statuses");
  const format = useFormatter();
  const browserZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : initial.siteTimeZone;
  const zones = [...new Set([initial.siteTimeZone, browserZone])];
  const [zone, setZone] = useState(initial.siteTimeZone);
  const [when, setWhen] = useState(() => instantToZonedTime(new Date(Date.now() + 3600_000), initial.siteTimeZone));
  const { pending, failure, run: call } = useAction();
  const [notice, setNotice] = useState<string | null>(null);

  function run(transition: TransitionName) {
    setNotice(null);
    call(
      async () =>
        (await saver.flush())
          ? transitionVariantAction({
              variantId: initial.variantId,
              baseVersion: saver.version,
              transition,
              ...(transition === "schedule" ? { publishAt: when, timeZone: zone } : {}),
            })
          : null,
      (data) => {
        saver.version = data.version;
        setNotice(t("statusChanged", { status: statuses(data.status as "DRAFT") }));
        onChanged();
      },
    );
  }

  function publishAll() {
    call(
      async () => ((await saver.flush()) ? publishAllAction({ articleId: initial.articleId }) : null),
      (data) => {
        setNotice(t("publishedAll", { count: data.published.length }));
        onChanged();
      },
    );
  }

  const scheduleError = failure?.issues?.find((i) => i.field === "publishAt");
  const other = initial.transitions.filter((x) => x !== "schedule");

  return (
    <aside className="workflow-panel" aria-labelledby="workflow-title" data-testid="workflow">
      <h2 id="workflow-title">{t("workflow")}</h2>
      <p>
        {t("status")}: <strong data-testid="variant-status">{statuses(initial.status as "DRAFT")}</strong>
        {initial.publishAt && (
          <>
            {" · "}
            <time dateTime={initial.publishAt}>{format.dateTime(new Date(initial.publishAt), { dateStyle: "medium", timeStyle: "short" })}</time>
          </>
        )}
      </p>
      <div className="workflow-buttons">
        {other.map((transition) => (
          <button key={transition} type="button" disabled={pending} onClick={() => run(transition)} data-testid={`transition-${transition}`}>
            {t(`transition.${transition}`)}
          </button>
        ))}
      </div>
      {initial.transitions.includes("schedule") && (
        <fieldset className="schedule" disabled={pending}>
          <legend>{t("schedule")}</legend>
          <label className="field">
            <span>{t("scheduleWhen")}</span>
            <input
              type="datetime-local"
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              aria-invalid={Boolean(scheduleError)}
              aria-describedby={scheduleError ? "schedule-error" : undefined}
              data-testid="schedule-at"
            />
          </label>
          <label className="field">
            <span>{t("timeZone")}</span>
            <select value={zone} onChange={(e) => setZone(e.target.value)} data-testid="schedule-zone">
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z === initial.siteTimeZone ? t("siteTimeZone", { zone: z }) : t("yourTimeZone", { zone: z })}
                </option>
              ))}
            </select>
          </label>
          {scheduleError && (
            <span className="field-error" role="alert" id="schedule-error">
              {fieldErrors.has(scheduleError.message as "required") ? fieldErrors(scheduleError.message as "required") : errors("validation")}
            </span>
          )}
          <button type="button" onClick={() => run("schedule")} data-testid="transition-schedule">
            {t("transition.schedule")}
          </button>
        </fieldset>
      )}
      {initial.canPublishAll && (
        <button type="button" disabled={pending} onClick={publishAll} data-testid="publish-all">
          {t("publishAll")}
        </button>
      )}
      {pending && <p aria-live="polite">{t("working")}</p>}
      {failure && !scheduleError && (
        <div role="alert" className="form-error" data-testid="workflow-error">
          {errors(failure.error)}
          {failure.issues && failure.issues.length > 0 && (
            <ul>
              {failure.issues.map((i) => (
                <li key={i.field + i.message}>{fieldErrors.has(i.message as "required") ? fieldErrors(i.message as "required") : i.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {notice && (
        <p role="status" data-testid="workflow-notice">
          {notice}
        </p>
      )}
      <p>
        <Link href={`/preview/${initial.variantId}`} locale={initial.locale as "en"} target="_blank" data-testid="preview-link">
          {t("preview")}
        </Link>
        {" · "}
        <Link href={`/dashboard/articles/${initial.variantId}/revisions`}>{t("revisions")}</Link>
      </p>
    </aside>
  );
}
