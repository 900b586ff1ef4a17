import "server-only";
import { z } from "zod";
import { localeCodes, type Locale } from "@/i18n/locales";

// The shapes of the content API's resources (/api/v1) — and of the webhooks'
// payloads, which carry the same JSON. One source: the serializers are typed by
// these schemas, the OpenAPI document (./openapi.ts) is generated from them, and
// the tests validate real responses against that document.
//
// Every schema a client may meet by name is registered in `apiSchemas` with its
// component id; the OpenAPI document refers to them as #/components/schemas/<id>.

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const named = <S extends z.ZodType>(id: string, schema: S, description?: string): S => {
  apiSchemas.add(schema, description ? { id, description } : { id });
  return schema;
};

const dateTime = z.iso.datetime({ offset: true });

export const localeSchema = named("Locale", z.enum(localeCodes as [Locale, ...Locale[]]), "A language of the site (BCP 47).");

export const variantStatusSchema = named(
  "VersionStatus",
  z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"]),
  "Readers see a version when it is SCHEDULED or PUBLISHED and its publishAt has passed.",
);

type RichTextNodeJson = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNodeJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

export const richTextNodeSchema: z.ZodType<RichTextNodeJson> = named(
  "RichTextNode",
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    get content() {
      return z.array(richTextNodeSchema).optional();
    },
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
  "A Tiptap (ProseMirror) JSON node, as the editor stores it.",
);

export const bodySchema = named(
  "Body",
  z.object({
    json: richTextNodeSchema.describe("The stored Tiptap JSON document."),
    html: z.string().nullable().describe("The document rendered by the site's own server renderer (escaped, safe URLs only); null if it cannot be rendered."),
  }),
);

export const imageSchema = named(
  "Image",
  z.object({
    id: z.string(),
    url: z.url().describe("Absolute URL of the original file."),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    alt: z.string().describe("In the requested language, else the source language's; empty when none was written."),
    altLocale: localeSchema.nullable(),
    credit: z.string().nullable(),
  }),
);

export const alternateSchema = named(
  "Alternate",
  z.object({ locale: localeSchema, slug: z.string(), url: z.url() }),
  "Another language version readers can see: its language, slug and page.",
);

export const authorRefSchema = named("AuthorRef", z.object({ id: z.string(), name: z.string(), slug: z.string(), url: z.url() }));

export const debateRefSchema = named(
  "DebateRef",
  z.object({ id: z.string(), locale: localeSchema, title: z.string(), slug: z.string(), url: z.url() }),
  "The article's debate, in the article's language when translated, else in its source language (locale says which).",
);

export const pendingChangesSchema = named(
  "PendingChanges",
  z.object({
    title: z.string(),
    slug: z.string(),
    summary: z.string(),
    body: bodySchema,
    needsReview: z.boolean(),
    updatedAt: dateTime,
  }),
  "Unpublished changes of a live version (only with a drafts:read key).",
);

export const articleVersionSchema = named(
  "ArticleVersion",
  z.object({
    id: z.string().describe("The language version's id."),
    articleId: z.string().describe("The work's id, shared by all its language versions."),
    locale: localeSchema,
    title: z.string(),
    slug: z.string(),
    url: z.url().describe("Its public page (it answers only while readers may see it)."),
    summary: z.string(),
    body: bodySchema,
    status: variantStatusSchema,
    publishAt: dateTime.nullable(),
    publishedAt: dateTime.nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    sourceLocale: localeSchema,
    translatedFrom: localeSchema.nullable(),
    translators: z.array(z.string()),
    authors: z.array(authorRefSchema).describe("In byline order."),
    debate: debateRefSchema.nullable(),
    heroImage: imageSchema.nullable(),
    alternates: z.array(alternateSchema).describe("The work's other language versions readers can see."),
    pendingChanges: pendingChangesSchema.nullable().optional(),
  }),
  "One language version of an article.",
);

export const debateSchema = named(
  "Debate",
  z.object({
    id: z.string(),
    locale: localeSchema.describe("The language of the texts: the requested one, else the source's."),
    title: z.string(),
    subtitle: z.string(),
    intro: z.string(),
    slug: z.string(),
    url: z.url(),
    status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]),
    publishedAt: dateTime.nullable(),
    updatedAt: dateTime,
    sourceLocale: localeSchema,
    heroImage: imageSchema.nullable(),
    alternates: z.array(alternateSchema),
  }),
  "A debate (a series of articles), in one language.",
);

export const authorSchema = named(
  "Author",
  z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    photo: imageSchema.nullable(),
    bios: z.array(z.object({ locale: localeSchema, bio: z.string(), updatedAt: dateTime })).describe("One per language written."),
    updatedAt: dateTime,
  }),
);

export const mediaSchema = named(
  "Media",
  z.object({
    id: z.string(),
    url: z.url(),
    mimeType: z.string(),
    size: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    credit: z.string().nullable(),
    alts: z.array(z.object({ locale: localeSchema, alt: z.string() })),
    createdAt: dateTime,
  }),
  "An image of the media library (metadata).",
);

export const searchHitSchema = named(
  "SearchHit",
  z.object({
    id: z.string(),
    articleId: z.string(),
    locale: localeSchema,
    title: z.string(),
    slug: z.string(),
    url: z.url(),
    summary: z.string(),
    publishAt: dateTime,
    authors: z.array(z.object({ name: z.string(), slug: z.string() })),
    excerpt: z.string().describe("Plain text around the best match."),
  }),
);

export const problemSchema = named(
  "Problem",
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe("Stable, machine-readable: bad_parameter, invalid_key, locale_forbidden, not_found, rate_limited, internal."),
    detail: z.string().optional(),
    parameter: z.string().optional().describe("For bad_parameter: the query parameter or path segment at fault."),
  }),
  "An error, as RFC 9457 problem details (application/problem+json).",
);

const page = <S extends z.ZodType>(id: string, item: S) =>
  named(
    id,
    z.object({
      data: z.array(item),
      nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page."),
    }),
  );

export const articleListSchema = page("ArticleVersionList", articleVersionSchema);
export const debateListSchema = page("DebateList", debateSchema);
export const authorListSchema = page("AuthorList", authorSchema);
export const mediaListSchema = page("MediaList", mediaSchema);
export const searchResultsSchema = named(
  "SearchResults",
  z.object({ data: z.array(searchHitSchema), total: z.number().int(), page: z.number().int(), pageCount: z.number().int() }),
);

export type ArticleVersionJson = z.infer<typeof articleVersionSchema>;
export type DebateJson = z.infer<typeof debateSchema>;
export type AuthorJson = z.infer<typeof authorSchema>;
export type MediaJson = z.infer<typeof mediaSchema>;
export type ImageJson = z.infer<typeof imageSchema>;

export type ProblemJson = z.infer<typeof problemSchema>;
