"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { isLocale, localeDir } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { formatBytes } from "@/lib/media/formats";
import { MAX_ALT_LENGTH, MAX_CREDIT_LENGTH, type MediaItem } from "@/lib/media/schemas";
import { MediaError, type MediaFailure, type MediaLocalProblem } from "./media-error";
import { sendUpload } from "./send-upload";
import { languageName } from "@/components/translations/language-names";

/**
 * Upload one image with its credit and alt text (in `altLocale`, the
 * dashboard's language by default). Without `onUploaded`, the page refreshes.
 * Sent to the upload route (not a server action), with its progress shown.
 */
export function MediaUploadForm({ maxBytes, altLocale, onUploaded }: { maxBytes: number; altLocale?: string; onUploaded?: (item: MediaItem) => void }) {
  const t = useTranslations("Media");
  const dashboardLocale = useLocale();
  const router = useRouter();
  const id = useId();
  const locale = altLocale && isLocale(altLocale) ? altLocale : isLocale(dashboardLocale) ? dashboardLocale : "en";
  const [failure, setFailure] = useState<MediaFailure | null>(null);
  const [local, setLocal] = useState<MediaLocalProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** While sending: the share of the bytes sent (0…1). */
  const [progress, setProgress] = useState<number | null>(null);
  const pending = progress !== null;

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
    setProgress(0);
    void sendUpload(form, setProgress).then((result) => {
      setProgress(null);
      if (!result.ok) return setFailure(result);
      formElement.reset();
      setNotice(t("upload.done"));
      if (onUploaded) onUploaded(result.data);
      else router.refresh();
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
        {t("upload.alt", { language: languageName(locale, dashboardLocale) })}
        <textarea name={`alt.${locale}`} lang={locale} dir={localeDir(locale)} maxLength={MAX_ALT_LENGTH} rows={2} aria-describedby={`${id}-alt-hint`} />
        <span className="hint" id={`${id}-alt-hint`}>
          {t("upload.altHint")}
        </span>
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("upload.uploading") : t("upload.submit")}
      </button>
      {progress !== null && (
        <p role="status" className="media-upload-pending" data-testid="media-upload-progress">
          <progress aria-label={t("upload.uploading")} max={1} value={progress} />{" "}
          {progress < 1 ? t("upload.progress", { sent: Math.floor(progress * 100) / 100 }) : t("upload.checking")}
        </p>
      )}
    </form>
  );
}
