"use client";

import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/use-action";
import { publishAllAction, transitionVariantAction } from "@/server/actions/articles";
import { Link } from "@/i18n/navigation";
import { publishProblems, type TransitionName } from "@/lib/articles/schemas";
import { instantToZonedTime } from "@/lib/zoned-time";
import { STAFF_DATE_TIME } from "@/lib/staff-time";
import { useBrowserTimeZone } from "@/components/dashboard/time-zone-choice";
import type { Failure } from "@/lib/action-result";
import { documentToPlainText, textBlocks } from "@/lib/rich-text/document";
import { checkBlocks, type GlossaryRule } from "@/lib/translations/glossary-match";
import type { Content, EditorVariant } from "./article-editor";
import type { Autosaver } from "./autosaver";

/** Status changes, scheduling (in the site's or the editor's own time zone) and publish-all. */
export function WorkflowPanel({
  initial,
  content,
  saver,
  onChanged,
}: {
  initial: EditorVariant;
  /** The text as being written: the checklist follows it. */
  content: Content;
  saver: Autosaver<Content, Failure>;
  onChanged: () => void;
}) {
  const t = useTranslations("Editor");
  const errors = useTranslations("Errors");
  const fieldErrors = useTranslations("FieldErrors");
  const statuses = useTranslations("Statuses");
  const format = useFormatter();
  // The staff member's zone (the one times are shown in, the same on server and
  // client), the site's, and the browser's once hydrated (never during render on one side only: #418).
  const staffZone = useTimeZone() ?? initial.siteTimeZone;
  const browserZone = useBrowserTimeZone();
  const zones = [...new Set([staffZone, initial.siteTimeZone, ...(browserZone ? [browserZone] : [])])];
  const [zone, setZone] = useState(staffZone);
  // The suggestion is an instant the server chose: both sides write the same wall time.
  const [when, setWhen] = useState(() => instantToZonedTime(new Date(initial.suggestedPublishAt), staffZone));
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

  // What going public needs, as the server checks it (publishProblems), from
  // the text being written and the saved authors. A refusal's issues about
  // requirements met since then are dropped, and the refusal with them.
  const problems = new Set(publishProblems({ title: content.title, slug: content.slug || initial.slug, body: content.body }, initial.authorCount));
  const stillTrue = (issue: { field: string }) => !REQUIREMENTS.includes(issue.field as Requirement) || problems.has(issue.field);
  const issues = failure?.issues?.filter(stillTrue);
  const shownFailure = failure && failure.error === "validation" && failure.issues?.length && !issues?.length ? null : failure;
  const scheduleError = issues?.find((i) => i.field === "publishAt");
  const other = initial.transitions.filter((x) => x !== "schedule");
  const goesPublic = initial.transitions.some((x) => x === "publish" || x === "schedule");

  return (
    <aside className="workflow-panel" aria-labelledby="workflow-title" data-testid="workflow">
      <h2 id="workflow-title">{t("workflow")}</h2>
      <p>
        {t("status")}: <strong data-testid="variant-status">{statuses(initial.status as "DRAFT")}</strong>
        {initial.publishAt && (
          <>
            {" · "}
            <time dateTime={initial.publishAt} data-testid="variant-publish-at">
              {format.dateTime(new Date(initial.publishAt), STAFF_DATE_TIME)}
            </time>
          </>
        )}
      </p>
      {initial.status === "PUBLISHED" && initial.live && (
        <p>
          <Link href={`/articles/${initial.live.slug}`} locale={initial.locale as "en"} target="_blank" prefetch={false} data-testid="public-link">
            {t("viewPublished")}
          </Link>
        </p>
      )}
      {goesPublic && (
        <section className="publish-checklist" aria-labelledby="checklist-title">
          <h3 id="checklist-title">{t("checklist")}</h3>
          <ul data-testid="publish-checklist">
            {REQUIREMENTS.map((name) => {
              const done = !problems.has(name);
              return (
                <li key={name} data-requirement={name} data-done={done}>
                  <CheckMark done={done} /> {t(`requirement.${name}`)} <span className="visually-hidden">{done ? t("requirementMet") : t("requirementMissing")}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <GlossaryMisses glossary={initial.source?.glossary ?? null} content={content} />
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
      {shownFailure && !scheduleError && (
        <div role="alert" className="form-error" data-testid="workflow-error">
          {errors(shownFailure.error)}
          {issues && issues.length > 0 && (
            <ul>
              {issues.map((i) => (
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

const REQUIREMENTS = ["title", "slug", "body", "authors"] as const;
type Requirement = (typeof REQUIREMENTS)[number];

/** A drawn mark (fonts without ✓ show an empty box). */
function CheckMark({ done }: { done: boolean }) {
  return (
    <svg className="check-mark" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {done ? (
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      )}
    </svg>
  );
}

/**
 * The glossary's terms the translation does not render yet, block by block as
 * written (the title, then the text blocks in reading order): flagged before
 * it is submitted or published, never blocking.
 */
function GlossaryMisses({ glossary, content }: { glossary: { rules: GlossaryRule[]; title: string; blocks: string[] } | null; content: Content }) {
  const t = useTranslations("Glossary");
  if (!glossary) return null;
  const written = textBlocks(content.body).map((b) => documentToPlainText(b));
  const misses = checkBlocks(glossary.rules, [{ source: glossary.title, target: content.title }, ...glossary.blocks.map((source, i) => ({ source, target: written[i] ?? null }))]).flatMap((uses, block) =>
    uses.filter((u) => u.missing).map((u) => ({ ...u, block })),
  );
  if (!misses.length) return null;
  return (
    <section className="glossary-misses" aria-labelledby="glossary-misses-title" data-testid="glossary-misses">
      <h3 id="glossary-misses-title">{t("missesTitle")}</h3>
      <ul>
        {misses.map((m) => (
          <li key={`${m.block}:${m.term}`}>
            {t("miss", { term: m.term, translation: m.translation, where: m.block === 0 ? t("inTitle") : t("inBlock", { n: m.block }) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
