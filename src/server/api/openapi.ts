import "server-only";
import { z } from "zod";
import { siteUrl } from "@/lib/urls";
import {
  listArticlesQuery,
  listAuthorsQuery,
  listDebatesQuery,
  listMediaQuery,
  noQuery,
  oneAuthorQuery,
  oneDebateQuery,
  searchQuery,
  idSegment,
  localeSegment,
} from "./params";
import { apiSchemas } from "./schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the
// answers are typed by (./schemas.ts) and the query parameters are parsed with
// (./params.ts): what the document says is what the code does. OpenAPI 3.1's
// schemas are JSON Schema 2020-12, which zod 4 writes itself (z.toJSONSchema).

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

// zod writes its date-time check out as a long regular expression beside `format: date-time`: the format says it.
const override: NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"] = ({ jsonSchema }) => {
  if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
};

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}`, io: "output", override });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const rest: JsonObject = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );
}

/** A parameter's schema, and its description (which OpenAPI puts on the parameter). */
function parameterSchema(schema: z.ZodType): { schema: JsonObject; description?: string } {
  const { description, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", override }) as JsonObject;
  delete rest.$schema;
  return { schema: rest, ...(typeof description === "string" ? { description } : {}) };
}

function queryParameters(query: z.ZodObject): JsonObject[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = field as z.ZodType;
    return { name, in: "query", required: !schema.safeParse(undefined).success, ...parameterSchema(schema) };
  });
}

const pathParameter = (name: string, schema: z.ZodType, description: string) => ({ name, in: "path", required: true, ...parameterSchema(schema), description });

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

function operation(operationId: string, summary: string, responseId: string, parameters: JsonObject[], description?: string) {
  return {
    get: {
      operationId,
      summary,
      ...(description ? { description } : {}),
      parameters,
      // A key is optional: without one, only what readers see.
      security: [{}, { apiKey: [] }],
      responses: {
        "200": {
          description: "OK",
          headers: { ETag: { description: "Send it back as If-None-Match to get 304 when nothing changed.", schema: { type: "string" } } },
          content: { "application/json": { schema: ref(responseId) } },
        },
        "304": { description: "Not modified (If-None-Match matched the ETag)." },
        "400": problem("A bad or unknown parameter (`parameter` names it)."),
        "401": problem("The Authorization header carries no valid, unrevoked key."),
        "403": problem("The key may not read this language."),
        "404": problem("No such resource, or not visible to this client."),
        "429": {
          ...problem("Over the key's allowance; retry after Retry-After seconds."),
          headers: { "Retry-After": { schema: { type: "integer" } } },
        },
      },
    },
  };
}

const idParam = (what: string) => pathParameter("id", idSegment, `The ${what}'s id.`);

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Polyglot Press content API",
      version: "1.0.0",
      description:
        "Debates, articles (one language version each, with its alternates), authors, media metadata and search. Without a key: what readers see. With a key (Authorization: Bearer ppk_…): scopes content:read and drafts:read (drafts, scheduled and pending versions), optionally limited to some languages.",
    },
    servers: [{ url: `${siteUrl()}/api/v1` }],
    paths: {
      "/articles": operation("listArticleVersions", "Article language versions, most recently updated first", "ArticleVersionList", queryParameters(listArticlesQuery)),
      "/articles/{id}": operation("getArticleVersion", "One article language version by id", "ArticleVersion", [idParam("language version"), ...queryParameters(noQuery)]),
      "/articles/by-slug/{locale}/{slug}": operation("getArticleVersionBySlug", "One article language version by language and slug", "ArticleVersion", [
        pathParameter("locale", localeSegment, "The language."),
        pathParameter("slug", z.string().min(1), "The version's slug in that language (percent-encoded)."),
      ]),
      "/debates": operation("listDebates", "Debates in one language, most recently updated first", "DebateList", queryParameters(listDebatesQuery)),
      "/debates/{id}": operation("getDebate", "One debate in one language", "Debate", [idParam("debate"), ...queryParameters(oneDebateQuery)]),
      "/authors": operation("listAuthors", "Authors with their bios, most recently updated first", "AuthorList", queryParameters(listAuthorsQuery)),
      "/authors/{id}": operation("getAuthor", "One author with their bios", "Author", [idParam("author"), ...queryParameters(oneAuthorQuery)]),
      "/media": operation("listMedia", "Image metadata, newest first", "MediaList", queryParameters(listMediaQuery)),
      "/media/{id}": operation("getMedia", "One image's metadata", "Media", [idParam("image")]),
      "/search": operation("search", "Full-text search of what readers see, in one language", "SearchResults", queryParameters(searchQuery)),
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key made by an admin in the dashboard (ppk_…)." } },
    },
  };
}
