import "server-only";
import { z } from "zod";
import { localeCodes, type Locale } from "@/i18n/locales";
import { SEARCH_MAX_PAGE, SEARCH_QUERY_MAX_LENGTH } from "../search/queries";
import { badParameter } from "./problem";

// The query parameters of each endpoint, as zod schemas: requests are parsed
// with them (a bad or unknown parameter is a 400 naming it) and the OpenAPI
// document lists them from the same schemas.

const locale = z.enum(localeCodes as [Locale, ...Locale[]]).describe("A language: " + localeCodes.join(", "));
const id = z.string().min(1).max(64);
const limit = z.coerce.number().int().min(1).max(100).default(20).describe("Items per page (1–100, default 20).");
const cursor = z.string().min(1).max(400).describe("The nextCursor of the previous page.");
const updatedSince = z.iso.datetime({ offset: true }).describe("Only what changed (or became visible) at or after this time (ISO 8601).");

export const listArticlesQuery = z.object({
  locale: locale.optional(),
  debate: id.optional().describe("A debate's id."),
  author: id.optional().describe("An author's id."),
  updatedSince: updatedSince.optional(),
  cursor: cursor.optional(),
  limit,
});
export const listDebatesQuery = z.object({ locale, updatedSince: updatedSince.optional(), cursor: cursor.optional(), limit });
export const oneDebateQuery = z.object({ locale });
export const listAuthorsQuery = z.object({
  locale: locale.optional().describe("The language of photos' alt texts (default en)."),
  updatedSince: updatedSince.optional(),
  cursor: cursor.optional(),
  limit,
});
export const oneAuthorQuery = listAuthorsQuery.pick({ locale: true });
export const listMediaQuery = z.object({ cursor: cursor.optional(), limit });
export const noQuery = z.object({});
export const searchQuery = z.object({
  locale,
  q: z.string().trim().min(1).max(SEARCH_QUERY_MAX_LENGTH).describe("Words, \"a phrase\", -not, or (as on the search page)."),
  page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

/** The path segments of the one-item endpoints. */
export const idSegment = id;
export const localeSegment = locale;

/** Parses a query string with an endpoint's schema: any bad, repeated or unknown parameter is a 400 naming it. */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.output<S> {
  const input: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!(key in schema.shape)) throw badParameter(key, "unknown parameter");
    const values = params.getAll(key);
    if (values.length > 1) throw badParameter(key, "given more than once");
    if (values[0]!.includes("\u0000")) throw badParameter(key, "invalid character");
    input[key] = values[0]!;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badParameter(String(issue.path[0] ?? "query"), issue.message);
  }
  return result.data;
}

/** A path segment: a 400 naming it when it cannot be one. */
export function parseSegment<S extends z.ZodType>(name: string, schema: S, value: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success || value.includes("\u0000")) throw badParameter(name, result.success ? "invalid character" : result.error.issues[0]!.message);
  return result.data;
}
