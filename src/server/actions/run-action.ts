import "server-only";
import type { ActionResult, Failure } from "@/lib/action-result";
import { getActor } from "../auth/actor";
import type { Actor } from "../auth/actor-type";
import {
  ConflictError,
  DomainError,
  domainErrorFromDatabase,
  ForbiddenError,
  LinkRefusedError,
  LocaleTakenError,
  RateLimitedError,
  StaleVersionError,
  ValidationError,
} from "../errors";
import { afterPublicChange, type ReaderChanges } from "../publishing/after-change";

/**
 * The one place domain errors become what a user sees: a message key, never
 * a stack, a Prisma code or another user's data. Unexpected errors are logged
 * on the server.
 */
export function toErrorResult(error: unknown): Failure {
  const fromDatabase = domainErrorFromDatabase(error);
  if (fromDatabase) return toErrorResult(fromDatabase);
  if (error instanceof ValidationError) {
    const issues = error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message }));
    return { ok: false, error: "validation", fields: [...new Set(issues.map((i) => i.field).filter(Boolean))], issues };
  }
  if (error instanceof StaleVersionError) return { ok: false, error: "staleVersion", current: error.current };
  if (error instanceof LocaleTakenError) return { ok: false, error: "localeTaken", locales: error.locales };
  if (error instanceof LinkRefusedError) return { ok: false, error: error.reason, locales: error.locales };
  if (error instanceof ConflictError) return { ok: false, error: error.reason };
  if (error instanceof RateLimitedError) return { ok: false, error: "rateLimited", retryAfter: error.retryAfterSeconds };
  // A field refusal names only the fields the actor sent; nothing else leaks.
  if (error instanceof ForbiddenError) return { ok: false, error: "forbidden", ...(error.fields.length ? { fields: error.fields } : {}) };
  if (error instanceof DomainError) return { ok: false, error: error.code };
  console.error("Unexpected error in a server action:", error);
  return { ok: false, error: "unexpected" };
}

/** A domain function's answer as the client gets it: without the report for `afterPublicChange`. */
type Answer<R> = R extends ReaderChanges ? Omit<R, "readerChanges"> : R;

/**
 * A server action's whole body: find the actor, call one domain function
 * (which parses the input and checks permission itself), apply what it
 * reports changed for readers (`afterPublicChange`: no action has to remember
 * it), shape the answer (`present`; by default the domain's answer without
 * that report) and map any error. Server actions are public POST endpoints:
 * nothing here trusts the page that rendered the form.
 */
export async function runAction<R, T = Answer<R>>(run: (actor: Actor) => Promise<R>, present?: (result: R) => T): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, error: "unauthenticated" };
    const result = await run(actor);
    if (!isReport(result)) return { ok: true, data: present ? present(result) : (result as unknown as T) };
    const { readerChanges, ...answer } = result;
    if (readerChanges) await afterPublicChange(readerChanges);
    return { ok: true, data: present ? present(result) : (answer as T) };
  } catch (error) {
    return toErrorResult(error);
  }
}

function isReport(value: unknown): value is ReaderChanges {
  return typeof value === "object" && value !== null && "readerChanges" in value;
}
