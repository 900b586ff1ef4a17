import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";
import { documentToPlainText, type RichTextDocument } from "@/lib/rich-text/document";
import { richTextDocumentSchema } from "@/lib/rich-text/schema";
import { isValidSlug } from "@/lib/slug";

// Shared by the article editor and the domain functions in server/articles.
// Drafts validate loosely (autosave must never fail on half-written text);
// going public (publish, schedule) validates strictly.

const id = z.string().trim().min(1).max(40);
export const localeSchema = z.string().refine(isLocale, { message: "unknownLocale" }).transform((l) => l as Locale);

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 1000;
export const SLUG_MAX = 120;

const title = z.string().trim().max(TITLE_MAX);
const slug = z
  .string()
  .trim()
  .max(SLUG_MAX)
  .transform((s) => s.normalize("NFC"))
  .refine((s) => s === "" || isValidSlug(s), { message: "invalidSlug" });
const summary = z.string().trim().max(SUMMARY_MAX);
const translators = z.array(z.string().trim().min(1).max(120)).max(10);

export const createArticleSchema = z.object({
  locale: localeSchema,
  title: title.min(1),
  debateId: id.nullish(),
  authorIds: z.array(id).max(20).default([]),
});

/** An autosave or a save: the version it was based on, and the text. */
export const saveVariantSchema = z.object({
  variantId: id,
  baseVersion: z.number().int().min(1),
  title,
  slug,
  summary,
  body: richTextDocumentSchema,
  translators: translators.optional(),
  /** A minor edit (a typo fix) does not make translations of this text outdated. */
  minorEdit: z.boolean().optional(),
  /** The editor window saving (random per open editor): autosaves coalesce into one revision only within one window. */
  editSession: z.string().trim().min(1).max(64).optional(),
});

/** The named status changes of a language version (rules in server/articles/workflow.ts). */
export const TRANSITION_NAMES = ["submit", "returnToDraft", "schedule", "unschedule", "publish", "unpublish", "reopen"] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export const transitionVariantSchema = z.object({
  variantId: id,
  baseVersion: z.number().int().min(1),
  transition: z.enum(TRANSITION_NAMES),
  /** For "schedule": the wall-clock time in `timeZone`, as a datetime-local input gives it. */
  publishAt: z.string().max(40).optional(),
  timeZone: z.string().max(64).optional(),
});

export const publishAllSchema = z.object({ articleId: id });

export const restoreRevisionSchema = z.object({
  variantId: id,
  revisionId: id,
  baseVersion: z.number().int().min(1),
  /**
   * On a live version: "pending" (the default) keeps the restored text as an
   * unpublished change; "publish" puts it live at once (publish rights needed).
   */
  mode: z.enum(["pending", "publish"]).optional(),
});

/** "Publish changes" / "Discard" of a live version's unpublished change. */
export const pendingVariantSchema = z.object({ variantId: id, baseVersion: z.number().int().min(1) });

export const updateArticleSharedSchema = z.object({
  articleId: id,
  debateId: id.nullable().optional(),
  /** Ordered: first author first. */
  authorIds: z.array(id).max(20).refine((ids) => new Set(ids).size === ids.length, { message: "duplicateAuthor" }).optional(),
  heroImageId: id.nullable().optional(),
  heroCredit: z.string().trim().max(300).nullable().optional(),
  sourceLocale: localeSchema.optional(),
  /**
   * The shared fields as the form last saw them (loaded or saved by it): the
   * save is refused when they changed since — someone else's change is never
   * overwritten silently, as with a language version's text.
   */
  expected: z
    .object({
      debateId: id.nullable(),
      authorIds: z.array(id).max(20),
      heroImageId: id.nullable(),
      heroCredit: z.string().trim().max(300).nullable(),
    })
    .optional(),
});

export const articleIdSchema = z.object({ articleId: id });

/**
 * What readers may see: the strict rules checked before a variant goes public.
 * Returns the names of the fields that fall short.
 */
export function publishProblems(variant: { title: string; slug: string; body: unknown }, authorCount: number): string[] {
  const problems: string[] = [];
  if (!variant.title.trim()) problems.push("title");
  if (!variant.slug || !isValidSlug(variant.slug)) problems.push("slug");
  if (!documentToPlainText(variant.body as RichTextDocument).trim()) problems.push("body");
  if (authorCount < 1) problems.push("authors");
  return problems;
}

/** "Translate into …": a new draft in `locale`, following the current text of `sourceVariantId`. */
export const startTranslationSchema = z.object({ sourceVariantId: id, locale: localeSchema });

/** A translator has reviewed the source's changes: the translation now follows its current text. */
export const markUpToDateSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("variant"), variantId: id }),
  z.object({ kind: z.literal("debate"), debateId: id, locale: localeSchema }),
  z.object({ kind: z.literal("bio"), authorId: id, locale: localeSchema }),
]);
