"use client";

import { useTranslations } from "next-intl";
import type { Failure } from "@/lib/action-result";


/** A failed action's message, in the dashboard's language. */
export function ActionError({ result }: { result: Failure | null }) {
  const t = useTranslations("Errors");
  if (!result) return null;
  return (
    <p role="alert" className="form-error" data-testid="action-error">
      {t(result.error)}
    </p>
  );
}
