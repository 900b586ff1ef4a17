"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatBytes, MEDIA_FILE_PROBLEMS } from "@/lib/media/formats";
import type { Failure } from "@/lib/action-result";

/** A refused media request; an upload's file issue may carry the figures its message shows. */
export type MediaFailure = Omit<Failure, "issues"> & {
  issues?: { field: string; message: string; params?: { megapixels?: number; maxMegapixels?: number } }[];
};
/** A problem found before anything was sent (no file chosen, too large). */
export type MediaLocalProblem = "noFile" | "fileTooLarge";

const FILE_PROBLEMS = new Set<string>(MEDIA_FILE_PROBLEMS);

/**
 * A media action's failure in the dashboard's language: the file's own
 * problem (too large, SVG, not an image) from the "Media" messages, "in use"
 * for a refused delete, anything else from "Errors".
 */
export function MediaError({ failure, local, maxBytes, operation }: { failure: Failure | null; local?: MediaLocalProblem | null; maxBytes?: number; operation?: "upload" | "update" | "delete" }) {
  const t = useTranslations("Media");
  const errors = useTranslations("Errors");
  const locale = useLocale();
  const max = formatBytes(maxBytes ?? 10 * 1024 * 1024, locale);
  let message: string | null = null;
  if (local) message = t(`errors.${local}`, { max });
  else if (failure) {
    const fileIssue = failure.issues?.find((issue) => issue.field === "file" && FILE_PROBLEMS.has(issue.message));
    if (fileIssue) {
      const figures = { megapixels: fileIssue.params?.megapixels ?? 0, maxMegapixels: fileIssue.params?.maxMegapixels ?? 0 };
      message = t(`errors.${fileIssue.message as "fileEmpty"}`, { max, ...figures });
    }
    else if (failure.error === "conflict" && operation === "delete") message = t("errors.inUse");
    else message = errors(failure.error);
  }
  if (!message) return null;
  return (
    <p role="alert" className="form-error" data-testid="media-error">
      {message}
    </p>
  );
}
