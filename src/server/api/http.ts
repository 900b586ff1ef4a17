import "server-only";
import { createHash } from "node:crypto";
import { PAGE_REVALIDATE_SECONDS, SEARCH_CACHE_CONTROL } from "../cache/policy.mjs";
import { authenticateApiRequest, type ApiClient } from "../api-keys/authenticate";
import { ApiProblem } from "./problem";

// HTTP for /api/v1, on the web platform's Request and Response (no Next
// objects): authentication, problem details, ETag / If-None-Match, caching and
// CORS headers. Route handlers are `export const GET = apiGet(…)`.

/**
 * What readers get may be shared as long as a page is (the pages' rule,
 * src/server/cache/policy.mjs): s-maxage 20 s then revalidate; search answers
 * 30 s like the search page. An answer to a key is that key's alone: never stored.
 */
export const API_PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_REVALIDATE_SECONDS}, stale-while-revalidate=${PAGE_REVALIDATE_SECONDS}`;
export const API_SEARCH_CACHE_CONTROL = SEARCH_CACHE_CONTROL;
export const API_KEY_CACHE_CONTROL = "private, no-store";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining",
  "Access-Control-Max-Age": "86400",
};

export interface ApiContext {
  client: ApiClient;
  url: URL;
}

export interface ApiGetOptions {
  /** The shared-cache lifetime of answers to readers (default: the pages'). */
  cacheControl?: string;
  /** For the OpenAPI document: no key is looked up. */
  anonymous?: boolean;
}

/** The ETag of a body: a strong validator (its SHA-256), the same on every instance. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match (a list, weak or strong, or `*`) against our ETag: the weak comparison RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

export function problemResponse(problem: ApiProblem): Response {
  const headers = new Headers({ ...CORS, "Content-Type": "application/problem+json", "Cache-Control": "no-store" });
  if (problem.extra.retryAfterSeconds) headers.set("Retry-After", String(problem.extra.retryAfterSeconds));
  return new Response(JSON.stringify(problem.toJSON()), { status: problem.status, headers });
}

/** A path under /api/v1 that is no endpoint. */
export function unknownEndpoint(): Response {
  return problemResponse(new ApiProblem("not_found", "No such endpoint: see /api/v1/openapi.json."));
}

/** The answer to a preflight: GET with an Authorization header from any origin. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/**
 * A GET endpoint: looks the key up (none: a reader; bad or revoked: 401;
 * over its allowance: 429 with Retry-After), runs `answer`, and sends its JSON
 * with an ETag — or 304 when the client's If-None-Match has it. Problems become
 * application/problem+json; anything else is logged and answered 500 without detail.
 */
export function apiGet<P>(answer: (context: ApiContext, params: P) => Promise<unknown>, options: ApiGetOptions = {}) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const auth = options.anonymous ? { ok: true as const, client: { kind: "anonymous" as const } } : await authenticateApiRequest(request.headers.get("authorization"));
      if (!auth.ok) {
        throw auth.reason === "rateLimited"
          ? new ApiProblem("rate_limited", `At most ${auth.limit} requests per window for this key.`, { retryAfterSeconds: auth.retryAfterSeconds })
          : new ApiProblem("invalid_key", "The Authorization header does not carry a valid, unrevoked key (Bearer ppk_…).");
      }
      const body = JSON.stringify(await answer({ client: auth.client, url: new URL(request.url) }, await route.params));
      const etag = etagOf(body);
      const headers = new Headers({
        ...CORS,
        "Content-Type": "application/json; charset=utf-8",
        ETag: etag,
        "Cache-Control": auth.client.kind === "key" ? API_KEY_CACHE_CONTROL : (options.cacheControl ?? API_PUBLIC_CACHE_CONTROL),
        // A shared cache must not hand a reader's answer to a key, nor the reverse.
        Vary: "Authorization",
      });
      if ("rate" in auth && auth.rate) {
        headers.set("RateLimit-Limit", String(auth.rate.limit));
        headers.set("RateLimit-Remaining", String(auth.rate.remaining));
      }
      if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
        headers.delete("Content-Type");
        return new Response(null, { status: 304, headers });
      }
      return new Response(body, { status: 200, headers });
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error);
      console.error("Unexpected error in the content API:", error);
      return problemResponse(new ApiProblem("internal"));
    }
  };
}
