"use client";

import { useTranslations } from "next-intl";
import type { Failure } from "@/lib/action-result";

// Field-level errors for the debate and author forms: shown next to the field,
// in the dashboard's language. Messages are keys of "FieldErrors", else of the
// form's own namespace ("<ns>.fieldErrors.<key>"); a slug conflict is shown
// next to the slug.


export function useFieldErrors(failure: Failure | null, ns: "Debates" | "Authors" | "Webhooks") {
  const fieldErrors = useTranslations("FieldErrors");
  const own = useTranslations(ns);
  const errors = useTranslations("Errors");
  return (field: string): string | null => {
    if (!failure) return null;
    if (field === "slug" && failure.error === "slugTaken") return own("slugTaken");
    const issue = failure.issues?.find((i) => i.field === field);
    if (!issue) return null;
    const key = issue.message;
    if (fieldErrors.has(key as Parameters<typeof fieldErrors>[0])) return fieldErrors(key as Parameters<typeof fieldErrors>[0]);
    const ownKey = `fieldErrors.${key}` as Parameters<typeof own>[0];
    if (own.has(ownKey)) return own(ownKey);
    // Only a rule without a message key gets here: say which field, in the dashboard's language.
    return errors("validation");
  };
}

/** The error line under a field; `id` ties it to the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}

/** A form field's text value. */
export const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** A form's success message. */
export function Notice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="form-notice">
      {message}
    </p>
  );
}
