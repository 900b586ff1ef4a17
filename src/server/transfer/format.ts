import "server-only";
import { z } from "zod";
import { localeCodes } from "@/i18n/locales";
import { richTextDocumentSchema } from "@/lib/rich-text/schema";

// The content export's JSON format, version 1 (docs/content-export.md says
// what each field means). Import validates a file against this schema before
// it touches the database. Ids are kept as they are: the file's references
// (a work's debate, a translation's source revision, …) stay valid on import.
// Staff accounts are referred to by email, never by id, and their passwords
// are never exported.

export const CONTENT_FORMAT = "polyglot-press-content";
export const CONTENT_VERSION = 1;

const id = z.string().min(1).max(64);
const locale = z.enum(localeCodes as [string, ...string[]]);
const date = z.iso.datetime({ offset: true });
const email = z.string().min(3).max(320);
const text = (max: number) => z.string().max(max);
const json = z.json();

export const staffSchema = z.strictObject({
  email,
  name: text(200),
  role: z.enum(["ADMIN", "EDITOR", "TRANSLATOR"]),
  locales: z.array(locale),
  canPublish: z.boolean(),
});

export const mediaSchema = z.strictObject({
  id,
  storageKey: z.string().regex(/^[A-Za-z0-9_-]+\.[a-z0-9]+$/, "not a storage key"),
  originalName: text(500),
  mimeType: z.string().regex(/^image\/[a-z0-9.+-]+$/),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  credit: text(500).nullable(),
  uploadedBy: email.nullable(),
  createdAt: date,
  alts: z.array(z.strictObject({ locale, alt: text(2000) })),
});

export const authorSchema = z.strictObject({
  id,
  name: text(200).min(1),
  slug: text(200).min(1),
  photoId: id.nullable(),
  deletedAt: date.nullable(),
  createdAt: date,
  updatedAt: date,
  bios: z.array(
    z.strictObject({
      locale,
      bio: text(20_000),
      version: z.number().int().positive(),
      sourceVersion: z.number().int().positive().nullable(),
      sourceSnapshot: json.nullable(),
      updatedAt: date,
    }),
  ),
});

export const debateSchema = z.strictObject({
  id,
  status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]),
  sourceLocale: locale,
  heroImageId: id.nullable(),
  heroCredit: text(500).nullable(),
  publishedAt: date.nullable(),
  deletedAt: date.nullable(),
  createdAt: date,
  updatedAt: date,
  translations: z.array(
    z.strictObject({
      id,
      locale,
      title: text(500),
      subtitle: text(1000),
      intro: text(20_000),
      slug: text(300).min(1),
      version: z.number().int().positive(),
      sourceVersion: z.number().int().positive().nullable(),
      sourceSnapshot: json.nullable(),
      createdAt: date,
      updatedAt: date,
    }),
  ),
});

export const revisionSchema = z.strictObject({
  id,
  version: z.number().int().positive(),
  title: text(500),
  slug: text(300),
  summary: text(5000),
  body: richTextDocumentSchema,
  event: text(40),
  minorEdit: z.boolean(),
  restoredFromId: id.nullable(),
  createdBy: email.nullable(),
  createdAt: date,
  savedAt: date,
});

export const variantSchema = z.strictObject({
  id,
  locale,
  title: text(500),
  slug: text(300).min(1),
  summary: text(5000),
  body: richTextDocumentSchema,
  status: z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"]),
  publishAt: date.nullable(),
  publishedAt: date.nullable(),
  version: z.number().int().positive(),
  contentVersion: z.number().int().positive(),
  sourceVersion: z.number().int().positive().nullable(),
  /** A revision of another language version of the same work (the text this translation follows). */
  sourceRevisionId: id.nullable(),
  translators: z.array(text(200)),
  createdAt: date,
  updatedAt: date,
  revisions: z.array(revisionSchema),
});

export const workSchema = z.strictObject({
  id,
  debateId: id.nullable(),
  sourceLocale: locale,
  heroImageId: id.nullable(),
  heroCredit: text(500).nullable(),
  deletedAt: date.nullable(),
  createdAt: date,
  updatedAt: date,
  /** Author ids, first author first. */
  authorIds: z.array(id),
  /** Its language versions: the translation links are this grouping. */
  variants: z.array(variantSchema),
});

export const contentExportSchema = z.strictObject({
  format: z.literal(CONTENT_FORMAT),
  version: z.literal(CONTENT_VERSION),
  exportedAt: date,
  staff: z.array(staffSchema),
  media: z.array(mediaSchema),
  authors: z.array(authorSchema),
  debates: z.array(debateSchema),
  works: z.array(workSchema),
});

export type ContentExport = z.output<typeof contentExportSchema>;
