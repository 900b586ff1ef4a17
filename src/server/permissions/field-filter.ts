import "server-only";
import { ForbiddenError } from "../errors";
import type { Actor } from "../auth/actor-type";
import { type Action, can, type Resource } from "./permissions";

/**
 * Which permission each writable field of an article edit needs. A field not
 * listed here is refused for everyone: new fields must be classified before
 * anyone can write them.
 */
export const ARTICLE_FIELD_ACTIONS = {
  // The language version's own text.
  title: "variant.edit",
  slug: "variant.edit",
  summary: "variant.edit",
  body: "variant.edit",
  translators: "variant.edit",
  // Its lifecycle.
  status: "variant.publish",
  publishAt: "variant.schedule",
  // The work's shared fields.
  authorIds: "article.editShared",
  debateId: "article.editShared",
  heroImageId: "article.editShared",
  heroCredit: "article.editShared",
  sourceLocale: "article.editShared",
} as const satisfies Record<string, Action>;

export interface FieldCheck<T> {
  /** The fields the actor may write, with their values. */
  permitted: Partial<T>;
  /** The fields present in the input that the actor may not write. */
  refused: string[];
}

/**
 * Splits an input into the fields `actor` may write and those they may not,
 * by the permission each field needs (`fieldActions`). Keys whose value is
 * `undefined` are not writes and are ignored.
 */
export function checkWritableFields<T extends Record<string, unknown>>(
  actor: Actor | null | undefined,
  input: T,
  resource: Resource = {},
  fieldActions: Record<string, Action> = ARTICLE_FIELD_ACTIONS,
): FieldCheck<T> {
  const permitted: Partial<T> = {};
  const refused: string[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const action = fieldActions[field];
    if (action && can(actor, action, resource)) permitted[field as keyof T] = value as T[keyof T];
    else refused.push(field);
  }
  return { permitted, refused };
}

/**
 * Refuses the whole write when any field is not the actor's to change: a
 * translator posting `status` or `authorIds` gets a ForbiddenError naming them,
 * and nothing is applied.
 */
export function assertWritableFields<T extends Record<string, unknown>>(
  actor: Actor | null | undefined,
  input: T,
  resource: Resource = {},
  fieldActions: Record<string, Action> = ARTICLE_FIELD_ACTIONS,
): T {
  const { refused } = checkWritableFields(actor, input, resource, fieldActions);
  if (refused.length > 0) throw new ForbiddenError("fields", refused);
  return input;
}
