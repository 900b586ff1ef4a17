import type { ConflictReason, ErrorCode, LinkRefusalReason } from "@/server/errors";

/** Message keys of the "Errors" namespace an action may answer with. */
export type ErrorKey = ErrorCode | ConflictReason | LinkRefusalReason | "unexpected";

/** What every server action answers: its data, or a refusal the page can show in the user's language. */
export type ActionResult<T> = { ok: true; data: T } | Failure;

export interface Failure {
  ok: false;
  error: ErrorKey;
  /** For validation errors: the fields to correct. */
  fields?: string[];
  /** For rate limiting: seconds to wait. */
  retryAfter?: number;
  /** For validation errors: a message key per field, where the rule has one. */
  issues?: { field: string; message: string; params?: Record<string, number> }[];
  /** For a stale save: what is stored now, to compare with one's own text. */
  current?: unknown;
  /** For a refused link of two works: the locales both have, or those the refusal is about. */
  locales?: string[];
}
