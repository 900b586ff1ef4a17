"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { discardVariantChangesAction, publishVariantChangesAction } from "@/server/actions/pending";
import { documentToPlainText, type RichTextDocument } from "@/lib/rich-text/document";
import { diffText, hasChanges } from "@/lib/text-diff";
import type { Failure } from "@/lib/action-result";
import type { Content, EditorVariant } from "./article-editor";
import type { Autosaver } from "./autosaver";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

export type LiveText = NonNullable<EditorVariant["live"]>;

/**
 * On a live version: says that edits wait as unpublished changes (or for
 * review), compares them with what readers see, and offers "Publish changes"
 * (with publish rights) and "Discard".
 */
export function PendingChanges({
  initial,
  saver,
  content,
  live,
  hasPending,
  pendingInfo,
  onPublished,
  onDiscarded,
}: {
  initial: EditorVariant;
  saver: Autosaver<Content, Failure>;
  content: Content;
  live: LiveText;
  hasPending: boolean;
  pendingInfo: EditorVariant["pending"];
  onPublished: (live: LiveText) => void;
  onDiscarded: (live: LiveText) => void;
}) {
  const t = useTranslations("Pending");
  const errors = useTranslations("Errors");
  const format = useFormatter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [working, startTransition] = useTransition();
  const review = !initial.mayPublish;
  const loaded = pendingInfo;

  function publish() {
    startTransition(async () => {
      setNotice(null);
      if (!(await saver.flush())) return;
      const snapshot = saver.content;
      const result = await publishVariantChangesAction({ variantId: initial.variantId, baseVersion: saver.version });
      if (!result.ok) return setFailure(result);
      saver.version = result.data.version;
      setFailure(null);
      setNotice(t("published"));
      onPublished({ title: snapshot.title, slug: result.data.slug, summary: snapshot.summary, body: snapshot.body, translators: snapshot.translators });
    });
  }

  function discard() {
    if (!window.confirm(t("discardConfirm"))) return;
    startTransition(async () => {
      setNotice(null);
      if (!(await saver.flush())) return;
      const result = await discardVariantChangesAction({ variantId: initial.variantId, baseVersion: saver.version });
      if (!result.ok) return setFailure(result);
      const { version, ...text } = result.data;
      saver.resolve(version, { ...text }, false);
      setFailure(null);
      setNotice(t("discarded"));
      onDiscarded(text);
    });
  }

  const fields = [
    { field: "title", before: live.title, after: content.title },
    { field: "slug", before: live.slug, after: content.slug },
    { field: "summary", before: live.summary, after: content.summary },
    { field: "body", before: documentToPlainText(live.body), after: documentToPlainText(content.body as RichTextDocument) },
  ] as const;
  const diffs = fields.map((f) => ({ field: f.field, parts: diffText(f.before, f.after) })).filter((d) => hasChanges(d.parts));

  return (
    <section className={hasPending ? "notice pending-changes has-pending" : "notice pending-changes"} aria-labelledby="pending-title" data-testid="pending-changes" data-pending={hasPending}>
      <h2 id="pending-title">{hasPending ? (review || loaded?.needsReview ? t("waitingForReview") : t("unpublished")) : t("restoreLiveTitle")}</h2>
      <p>{review ? t("liveNoticeReview") : t("liveNotice")}</p>
      {hasPending && loaded && (loaded.by || loaded.byYou) && (
        <p className="hint" data-testid="pending-by">
          {loaded.byYou
            ? t("savedByYou", { time: format.dateTime(new Date(loaded.updatedAt), STAFF_DATE_TIME) })
            : t("savedBy", { name: loaded.by ?? "—", time: format.dateTime(new Date(loaded.updatedAt), STAFF_DATE_TIME) })}
        </p>
      )}
      {hasPending && (
        <details data-testid="pending-diff">
          <summary>{t("showDiff")}</summary>
          {diffs.length === 0 && <p>{t("noDifference")}</p>}
          {diffs.map((d) => (
            <div key={d.field}>
              <h3>{t(`fields.${d.field}`)}</h3>
              <div className="text-diff" lang={initial.locale} dir={initial.direction}>
                {d.parts.map((part, i) =>
                  part.kind === "same" ? <span key={i}>{part.text}</span> : part.kind === "added" ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>,
                )}
              </div>
            </div>
          ))}
        </details>
      )}
      {hasPending && (
        <p className="workflow-buttons">
          {initial.mayPublish && (
            <button type="button" disabled={working} onClick={publish} data-testid="publish-changes">
              {t("publishChanges")}
            </button>
          )}{" "}
          <button type="button" disabled={working} onClick={discard} data-testid="discard-changes">
            {t("discard")}
          </button>
        </p>
      )}
      {failure && (
        <p role="alert" className="form-error" data-testid="pending-error">
          {errors(failure.error)}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="pending-notice">
          {notice}
        </p>
      )}
    </section>
  );
}
