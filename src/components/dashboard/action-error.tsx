"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/actions/run-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

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
