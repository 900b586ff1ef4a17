import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";
import { isValidSlug } from "@/lib/slug";

// Shared by the debate forms of the dashboard and the domain functions in
// server/debates. Issue messages are keys of the "FieldErrors" namespace.

export const DEBATE_STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

export const DEBATE_TITLE_MAX = 300;
export const DEBATE_SUBTITLE_MAX = 500;
export const DEBATE_INTRO_MAX = 10_000;
export const DEBATE_SLUG_MAX = 120;

const id = z.string().trim().min(1, { message: "required" }).max(40);
export const debateLocaleSchema = z.string().refine(isLocale, { message: "unknownLocale" }).transform((l) => l as Locale);
const title = z.string().trim().min(1, { message: "required" }).max(DEBATE_TITLE_MAX, { message: "tooLarge" });
const subtitle = z.string().trim().max(DEBATE_SUBTITLE_MAX, { message: "tooLarge" });
const intro = z.string().trim().max(DEBATE_INTRO_MAX, { message: "tooLarge" });
/** Empty: generated from the title. */
export const debateSlugSchema = z
  .string()
  .trim()
  .max(DEBATE_SLUG_MAX, { message: "tooLarge" })
  .transform((s) => s.normalize("NFC"))
  .refine((s) => s === "" || isValidSlug(s), { message: "invalidSlug" });

export const createDebateSchema = z
  .object({
    /** The source locale: the first translation is written in it. */
    locale: debateLocaleSchema,
    title,
    subtitle: subtitle.default(""),
    intro: intro.default(""),
    slug: debateSlugSchema.default(""),
  })
  .strict();

/** The language-independent fields. Absent: unchanged. */
export const updateDebateSharedSchema = z
  .object({
    debateId: id,
    heroCredit: z.string().trim().max(300, { message: "tooLarge" }).nullable().optional(),
    heroImageId: z
      .string()
      .trim()
      .max(40, { message: "tooLarge" })
      .nullable()
      .optional()
      .transform((v) => (v === "" ? null : v)),
    sourceLocale: debateLocaleSchema.optional(),
  })
  .strict();

/** Publish (PUBLISHED), unpublish (ARCHIVED) or back to draft. */
export const setDebateStatusSchema = z.object({ debateId: id, status: z.enum(DEBATE_STATUSES) }).strict();

/** Creates or updates the debate's texts in one locale. */
export const saveDebateTranslationSchema = z
  .object({
    debateId: id,
    locale: debateLocaleSchema,
    title,
    subtitle: subtitle.default(""),
    intro: intro.default(""),
    slug: debateSlugSchema.default(""),
    /** The version the form was opened at (absent for a new translation): a stale save is refused. */
    baseVersion: z.number().int().min(1).optional(),
  })
  .strict();

export const deleteDebateTranslationSchema = z.object({ debateId: id, locale: debateLocaleSchema }).strict();

export const setDebateTrashedSchema = z.object({ debateId: id, trashed: z.boolean() }).strict();

/** The dashboard list's filters, as they come from the URL. */
export const debateListFiltersSchema = z.object({
  status: z.enum(DEBATE_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  trashed: z.boolean().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type DebateListFilters = z.input<typeof debateListFiltersSchema>;
