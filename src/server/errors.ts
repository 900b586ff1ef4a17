import "server-only";
import type { z } from "zod";

/**
 * Typed domain errors. Domain functions throw these; one place
 * (`toErrorResult` in server/actions/run-action.ts) maps them to the message
 * keys users see. Their messages are for logs, never shown as they are.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

export type ErrorCode = "notFound" | "forbidden" | "conflict" | "validation" | "rateLimited" | "unauthenticated";

export class NotFoundError extends DomainError {
  readonly code = "notFound";
  constructor(what = "record") {
    super(`Not found: ${what}`);
  }
}

/** The actor may not do this. `fields` names the fields refused, when that is the reason. */
export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
  constructor(
    readonly action: string,
    readonly fields: string[] = [],
  ) {
    super(`Forbidden: ${action}${fields.length ? ` (fields: ${fields.join(", ")})` : ""}`);
  }
}

/**
 * Why linking two works is refused to this person, as a message key of Errors:
 * a version of either work is in a language they may not edit, or a version
 * readers see would get another byline, debate or image (an editor's decision);
 * or, unlinking, versions in languages they may not edit are translated from the
 * one split off (they would stop being its translations). `locales` names the
 * languages concerned.
 */
export type LinkRefusalReason = "linkOtherLanguages" | "linkChangesPublished" | "unlinkTranslated";
export class LinkRefusedError extends ForbiddenError {
  constructor(
    readonly reason: LinkRefusalReason,
    readonly locales: string[],
  ) {
    super(reason === "unlinkTranslated" ? "translation.unlink" : "translation.link");
  }
}

/** No signed-in staff member (or the session ended). */
export class UnauthenticatedError extends DomainError {
  readonly code = "unauthenticated";
  constructor() {
    super("Not signed in");
  }
}

/** The request is valid but clashes with the current state; `reason` is a message key of Errors. */
export class ConflictError extends DomainError {
  readonly code = "conflict";
  constructor(readonly reason: ConflictReason = "conflict") {
    super(`Conflict: ${reason}`);
  }
}
export type ConflictReason =
  | "conflict"
  | "emailTaken"
  | "lastAdmin"
  | "selfChange"
  | "slugTaken"
  | "staleVersion"
  | "invalidTransition"
  | "notPublishable"
  | "localeTaken"
  | "alreadyLinked"
  | "onlyVariant"
  | "endpointDisabled"
  | "glossaryTermTaken"
  /** A work's shared fields changed since the form saving them last saw them. */
  | "sharedChanged";

/**
 * Two works cannot become one: both have a version in `locales`. Carries the
 * locales so the refusal can name them ("both have a Spanish version").
 */
export class LocaleTakenError extends ConflictError {
  constructor(readonly locales: string[]) {
    super("localeTaken");
  }
}

/**
 * A save based on a version that is no longer current: refused, never merged
 * silently. Carries what is stored now, so the editor can compare and keep
 * their own text.
 */
export class StaleVersionError extends ConflictError {
  constructor(
    readonly current: {
      version: number;
      title: string;
      summary: string;
      body: unknown;
      updatedAt: Date;
      /** Who saved it (name and id: the same person in another window is told so). */
      by: string | null;
      byId: string | null;
    },
  ) {
    super("staleVersion");
  }
}

export class ValidationError extends DomainError {
  readonly code = "validation";
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = "rateLimited";
  constructor(readonly retryAfterSeconds: number) {
    super(`Rate limited for ${retryAfterSeconds}s`);
  }
}

/**
 * Parses with a zod schema, throwing a ValidationError (never a ZodError) on bad input.
 * A NUL character is refused in any string: Postgres cannot store one in text.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(result.error.issues);
  const nul = pathToNul(result.data, []);
  if (nul) throw new ValidationError([{ code: "custom", path: nul, message: "invalidCharacter", input: undefined }]);
  return result.data;
}

/** The path to the first string holding a NUL character, in plain objects and arrays. */
function pathToNul(value: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = pathToNul(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = pathToNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The database refused a row that would break a unique index (Prisma's P2002), e.g. a slug taken in a race. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/**
 * Database refusals that mean bad input rather than a fault, as domain errors:
 * a reference to a row that does not exist (a foreign-key violation) is "not found".
 */
export function domainErrorFromDatabase(error: unknown): DomainError | null {
  return (error as { code?: unknown } | null)?.code === "P2003" ? new NotFoundError("reference") : null;
}
