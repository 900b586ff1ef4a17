import "server-only";
import type { z } from "zod";
import { getActor } from "../auth/actor";
import type { Actor } from "../auth/actor-type";
import {
  ConflictError,
  type ConflictReason,
  DomainError,
  domainErrorFromDatabase,
  type ErrorCode,
  ForbiddenError,
  LinkRefusedError,
  type LinkRefusalReason,
  LocaleTakenError,
  RateLimitedError,
  StaleVersionError,
  ValidationError,
} from "../errors";

/** Message keys of the "Errors" namespace an action may answer with. */
export type ErrorKey = ErrorCode | ConflictReason | LinkRefusalReason | "unexpected";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: ErrorKey;
      /** For validation errors: the fields to correct. */
      fields?: string[];
      /** For rate limiting: seconds to wait. */
      retryAfter?: number;
      /** For validation errors: a message key per field, where the rule has one. */
      issues?: { field: string; message: string }[];
      /** For a stale save: what is stored now, to compare with one's own text. */
      current?: unknown;
      /** For a refused link of two works: the locales both have, or those the refusal is about. */
      locales?: string[];
    };

/**
 * The one place domain errors become what a user sees: a message key, never
 * a stack, a Prisma code or another user's data. Unexpected errors are logged
 * on the server.
 */
export function toErrorResult(error: unknown): Extract<ActionResult<never>, { ok: false }> {
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

/**
 * A server action's whole body: parse the input with the operation's schema,
 * find the actor, call one domain function (which checks permission itself),
 * and map any error. Server actions are public POST endpoints: nothing here
 * trusts the page that rendered the form.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (actor: Actor, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, error: "unauthenticated" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return toErrorResult(new ValidationError(parsed.error.issues));
    return { ok: true, data: await run(actor, parsed.data) };
  } catch (error) {
    return toErrorResult(error);
  }
}
