"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useId, useState, useTransition } from "react";
import { uploadMediaAction } from "@/server/actions/media";
import { isLocale, localeDir, localeInfo } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { formatBytes } from "@/lib/media/formats";
import { MAX_ALT_LENGTH, MAX_CREDIT_LENGTH, type MediaItem } from "@/lib/media/schemas";
import type { Failure } from "@/lib/action-result";
import { MediaError, type MediaLocalProblem } from "./media-error";

/**
 * Upload one image with its credit and alt text (in `altLocale`, the
 * dashboard's language by default). Without `onUploaded`, the page refreshes.
 */
export function MediaUploadForm({ maxBytes, altLocale, onUploaded }: { maxBytes: number; altLocale?: string; onUploaded?: (item: MediaItem) => void }) {
  const t = useTranslations("Media");
  const dashboardLocale = useLocale();
  const router = useRouter();
  const id = useId();
  const locale = altLocale && isLocale(altLocale) ? altLocale : isLocale(dashboardLocale) ? dashboardLocale : "en";
  const [failure, setFailure] = useState<Failure | null>(null);
  const [local, setLocal] = useState<MediaLocalProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    setNotice(null);
    setFailure(null);
    // Checked here to spare sending a file the server would refuse; the server checks again.
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) return setLocal("noFile");
    if (file.size > maxBytes) return setLocal("fileTooLarge");
    setLocal(null);
    startTransition(async () => {
      try {
        const result = await uploadMediaAction(form);
        if (!result.ok) return setFailure(result);
        formElement.reset();
        setNotice(t("upload.done"));
        if (onUploaded) onUploaded(result.data);
        else router.refresh();
      } catch {
        // The request itself failed (e.g. refused by the body limit before reaching the action).
        setFailure({ ok: false, error: "unexpected" });
      }
    });
  }

  return (
    <form className="dashboard-form media-upload-form" onSubmit={onSubmit} aria-busy={pending} data-testid="media-upload-form">
      <MediaError failure={failure} local={local} maxBytes={maxBytes} operation="upload" />
      {notice && (
        <p role="status" className="form-notice">
          {notice}
        </p>
      )}
      <label>
        {t("upload.file")}
        <input type="file" name="file" accept="image/*" required aria-describedby={`${id}-file-hint`} aria-invalid={Boolean(local || failure?.fields?.includes("file"))} />
        <span className="hint" id={`${id}-file-hint`}>
          {t("upload.fileHint", { max: formatBytes(maxBytes, dashboardLocale) })}
        </span>
      </label>
      <label>
        {t("upload.credit")}
        <input name="credit" maxLength={MAX_CREDIT_LENGTH} dir="auto" aria-describedby={`${id}-credit-hint`} />
        <span className="hint" id={`${id}-credit-hint`}>
          {t("upload.creditHint")}
        </span>
      </label>
      <label>
        {t("upload.alt", { language: localeInfo(locale).label })}
        <textarea name={`alt.${locale}`} lang={locale} dir={localeDir(locale)} maxLength={MAX_ALT_LENGTH} rows={2} aria-describedby={`${id}-alt-hint`} />
        <span className="hint" id={`${id}-alt-hint`}>
          {t("upload.altHint")}
        </span>
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("upload.uploading") : t("upload.submit")}
      </button>
      {pending && (
        <p role="status" className="media-upload-pending">
          <progress aria-label={t("upload.uploading")} /> {t("upload.uploading")}
        </p>
      )}
    </form>
  );
}
