"use client";

import type { ReactNode } from "react";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/action-result";
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
  const { pending, failure, setFailure, run: call } = useAction();
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
          call(run, onDone);
        }}
      >
        {children}
      </button>
      <ActionError result={failure} />
    </>
  );
}
