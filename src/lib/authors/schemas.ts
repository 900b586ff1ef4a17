import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";
import { isValidSlug } from "@/lib/slug";

// Shared by the author forms (and the article editor's author picker) and the
// domain functions in server/authors. Issue messages are keys of "FieldErrors".

export const AUTHOR_NAME_MAX = 200;
export const AUTHOR_BIO_MAX = 5_000;
export const AUTHOR_SLUG_MAX = 120;

const id = z.string().trim().min(1, { message: "required" }).max(40);
const name = z.string().trim().min(1, { message: "required" }).max(AUTHOR_NAME_MAX, { message: "tooLarge" });
/** Empty: generated from the name. */
const slug = z
  .string()
  .trim()
  .max(AUTHOR_SLUG_MAX, { message: "tooLarge" })
  .transform((s) => s.normalize("NFC"))
  .refine((s) => s === "" || isValidSlug(s), { message: "invalidSlug" });
export const authorLocaleSchema = z.string().refine(isLocale, { message: "unknownLocale" }).transform((l) => l as Locale);

export const createAuthorSchema = z.object({ name, slug: slug.default("") }).strict();

export const updateAuthorSchema = z
  .object({
    authorId: id,
    name,
    slug: slug.default(""),
    /** A media id; empty or null: no photo. */
    photoId: z
      .string()
      .trim()
      .max(40, { message: "tooLarge" })
      .nullable()
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict();

/** Creates, updates or (with an empty text) removes the bio in one locale. */
export const saveAuthorBioSchema = z
  .object({
    authorId: id,
    locale: authorLocaleSchema,
    bio: z.string().trim().max(AUTHOR_BIO_MAX, { message: "tooLarge" }),
    baseVersion: z.number().int().min(1).optional(),
  })
  .strict();

export const setAuthorTrashedSchema = z.object({ authorId: id, trashed: z.boolean() }).strict();

/** The article editor's author picker. */
export const searchAuthorsSchema = z
  .object({ query: z.string().trim().max(100, { message: "tooLarge" }), take: z.number().int().min(1).max(50).optional() })
  .strict();

export const authorListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  trashed: z.boolean().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AuthorListFilters = z.input<typeof authorListFiltersSchema>;
