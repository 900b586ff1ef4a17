"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult, Failure } from "@/lib/action-result";

/**
 * The pattern of every form and button that calls a server action: `pending`
 * while it runs (in a transition), its refusal as `failure` (for ActionError
 * and friends), and on success the failure cleared and `onDone` given the
 * data. A call that throws (the network, the server) is an "unexpected"
 * failure, never an unhandled rejection; one that answers null called no
 * action (it gave up first, e.g. the text before it could not be saved).
 */
export function useAction() {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  // Stable across renders, like the setters it uses.
  const run = useCallback(<T,>(call: () => Promise<ActionResult<T> | null>, onDone?: (data: T) => void | Promise<void>) => {
    startTransition(async () => {
      const result = await call().catch((): Failure => ({ ok: false, error: "unexpected" }));
      if (!result) return;
      if (!result.ok) return setFailure(result);
      setFailure(null);
      await onDone?.(result.data);
    });
  }, []);
  return { pending, failure, setFailure, run };
}
