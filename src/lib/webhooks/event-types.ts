/**
 * The events a webhook endpoint may subscribe to. A "version" is one language
 * version of an article (ArticleVariant); see docs/glossary.md.
 */
export const WEBHOOK_EVENT_TYPES = [
  /** A language version became visible to readers (published now, or a scheduled one whose time came). */
  "version.published",
  /** A visible language version was taken off the site (unpublished, or its work moved to the trash). */
  "version.unpublished",
  /** A visible language version changed: its text, slug, authors, debate, or its links to other languages. */
  "version.updated",
  /** A language version was scheduled for a later time. */
  "version.scheduled",
  /** A translation no longer follows its source: the source's text changed (not a minor edit). */
  "translation.outdated",
  /** A debate became visible to readers. */
  "debate.published",
  /** A visible debate's texts, image or status changed. */
  "debate.updated",
  /** An author's name, slug, photo or biographies changed. */
  "author.updated",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
