"use client";

import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult, Failure } from "@/lib/action-result";
import { ActionError } from "./action-error";


/**
 * A button that runs one server action: pending while it runs, the action's
 * localized error under it when refused, `onDone` with its answer otherwise.
 */
export function ActionButton<T>({
  run,
  onDone,
  confirm,
  children,
  testId,
}: {
  run: () => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  /** Asked first (already translated); the action runs only if confirmed. */
  confirm?: string;
  children: ReactNode;
  testId?: string;
}) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        data-testid={testId}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setFailure(null);
          startTransition(async () => {
            const result = await run().catch(() => ({ ok: false, error: "unexpected" }) as Failure);
            if (result.ok) onDone(result.data);
            else setFailure(result);
          });
        }}
      >
        {children}
      </button>
      <ActionError result={failure} />
    </>
  );
}
