import "server-only";
import { ForbiddenError } from "../errors";
import type { Actor } from "../auth/actor-type";

/**
 * The one answer to "may this actor do this to this record". Every domain
 * mutation and every non-public query asks it, server-side, before touching
 * the database; the proxy and the UI only mirror it.
 *
 * Rules:
 * - ADMIN: everything.
 * - EDITOR: all content (works, variants in every locale, publishing,
 *   scheduling, linking translations, debates, authors, media); not users,
 *   not the audit log.
 * - TRANSLATOR: reads drafts, previews and revisions (to translate from
 *   sources); creates, edits and restores variants — and translates debate
 *   texts, author bios and image alt text — only in their assigned locales;
 *   links and unlinks language versions only when they work in the locale of
 *   every version concerned (link: every version of both works, and only when
 *   no published version's byline, debate or image would change, see
 *   server/translations/link.ts; unlink: the version split off — the domain
 *   function asks once per locale); publishes in
 *   their locales only when granted `canPublish`; never changes the work's
 *   shared fields, creates works or deletes.
 * - Anonymous: nothing (public reads don't go through here).
 */
export const ACTIONS = [
  // The work (language-independent) and its shared fields.
  "article.create",
  "article.delete",
  "article.editShared",
  // Language versions: locale-scoped.
  "variant.create",
  "variant.edit",
  "variant.delete",
  "variant.publish",
  "variant.schedule",
  "variant.unpublish",
  "variant.archive",
  "variant.restoreRevision",
  // Grouping language versions into one work.
  "translation.link",
  "translation.unlink",
  // Giving a translation to someone, with a due date (editors).
  "translation.assign",
  // Debates: the shared part, and the per-locale texts.
  "debate.create",
  "debate.editShared",
  "debate.delete",
  "debate.publish",
  "debate.translate",
  // Authors.
  "author.create",
  "author.edit",
  "author.delete",
  "author.translateBio",
  // Media.
  "media.upload",
  "media.delete",
  "media.translateAlt",
  // Staff-only reads.
  "dashboard.access",
  "draft.read",
  "revision.read",
  "audit.read",
  // Users.
  "user.read",
  "user.manage",
  // Integrations: webhook endpoints and their delivery log (admins).
  "webhook.manage",
  // Keys of the content API (/api/v1).
  "apiKey.manage",
  // Old URLs (a WordPress import's permalinks) and where they redirect (admins).
  "redirect.manage",
] as const;

export type Action = (typeof ACTIONS)[number];

/** The record an action is about, where the rule depends on it. */
export interface Resource {
  /** The locale of the variant / translation concerned (locale-scoped actions need it for translators). */
  locale?: string;
}

/** Actions a translator may take in their own locales. */
const TRANSLATOR_LOCALE_ACTIONS = new Set<Action>([
  "variant.create",
  "variant.edit",
  "variant.restoreRevision",
  "translation.link",
  "translation.unlink",
  "debate.translate",
  "author.translateBio",
  "media.translateAlt",
]);

/** Publishing lifecycle: translators need the per-user grant and the locale. */
const PUBLISH_ACTIONS = new Set<Action>(["variant.publish", "variant.schedule", "variant.unpublish", "variant.archive"]);

/** Staff-only reads every staff member has (translators translate from drafts of sources). */
const STAFF_READS = new Set<Action>(["dashboard.access", "draft.read", "revision.read"]);

const ADMIN_ONLY = new Set<Action>(["audit.read", "user.read", "user.manage", "webhook.manage", "apiKey.manage", "redirect.manage"]);

export function can(actor: Actor | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "EDITOR":
      return !ADMIN_ONLY.has(action);
    case "TRANSLATOR": {
      if (STAFF_READS.has(action)) return true;
      const inOwnLocale = resource.locale !== undefined && actor.locales.includes(resource.locale);
      if (TRANSLATOR_LOCALE_ACTIONS.has(action)) return inOwnLocale;
      if (PUBLISH_ACTIONS.has(action)) return inOwnLocale && actor.canPublish;
      return false;
    }
    default:
      return false;
  }
}

/** Throws ForbiddenError unless `can(actor, action, resource)`. */
export function assertCan(actor: Actor | null | undefined, action: Action, resource: Resource = {}): asserts actor is Actor {
  if (!can(actor, action, resource)) throw new ForbiddenError(action);
}
