import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isLocale } from "./i18n/locales";
import { routing } from "./i18n/routing";
import { servedOverHttps, STRICT_TRANSPORT_SECURITY, staffContentSecurityPolicy } from "./lib/security/headers";
import { SEARCH_CACHE_CONTROL } from "./server/cache/policy.mjs";
import { legacyRedirectPath } from "./server/legacy-links";

const intl = createMiddleware(routing);

// next-auth's session cookie names (plain, and on https).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const DASHBOARD = /^\/([^/]+)\/dashboard(?:\/(.*))?$/;
// Rendered per request (never cached): their scripts can carry a nonce.
const STAFF_PAGES = /^\/[^/]+\/(?:dashboard|preview)(?:\/|$)/;

/**
 * Locale routing (with old-URL redirects), plus one convenience: a dashboard URL requested without a
 * session cookie goes straight to the sign-in page. Neither is a security
 * gate — the dashboard layout, every page, action and route handler checks
 * the session and the permission itself (this can be bypassed, cf.
 * CVE-2025-29927, and a cookie's presence proves nothing).
 */
export default async function proxy(request: NextRequest) {
  // Old links: /{english-slug}/?lang=Spanish → that language's article, at its own slug (one redirect).
  const legacy = await legacyRedirectPath(request.nextUrl.pathname, request.nextUrl.searchParams.get("lang"), request.nextUrl.searchParams);
  if (legacy) return NextResponse.redirect(new URL(legacy, request.url), 308);

  const match = DASHBOARD.exec(request.nextUrl.pathname);
  if (match && isLocale(match[1]) && !match[2]?.startsWith("sign-in")) {
    const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!hasCookie) return NextResponse.redirect(new URL(`/${match[1]}/dashboard/sign-in`, request.url));
  }
  if (!STAFF_PAGES.test(request.nextUrl.pathname)) return withTransportSecurity(request, sharedSearch(request, withoutLocaleCookie(intl(request))));

  // Staff pages get a strict policy with a fresh nonce (src/lib/security/headers.ts). Next reads the
  // nonce from the request's CSP header and puts it on its own scripts; next-intl forwards
  // the request headers it is given.
  const csp = staffContentSecurityPolicy(btoa(crypto.randomUUID()), { dev: process.env.NODE_ENV === "development" });
  request.headers.set("content-security-policy", csp);
  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Frame-Options", "DENY");
  return withTransportSecurity(request, response);
}

/**
 * Public pages are cached and shared (proxy, CDN, npm start's page cache): they
 * carry no Set-Cookie, not even the locale cookie next-intl would sync from
 * the request (a cache would hand one reader's cookie to the next). `/` still
 * honours a NEXT_LOCALE cookie when a reader has one; otherwise Accept-Language.
 */
function withoutLocaleCookie(response: NextResponse): NextResponse {
  response.headers.delete("set-cookie");
  return response;
}

// Readers' search pages: the same for every reader of a URL (public articles only), so a cache
// may share them for as long as their results are kept anyway (src/server/search/queries.ts).
const SEARCH_PAGE = /^\/[^/]+\/search$/;

/** Search pages are rendered per request, but need not be per reader: a shared cache may keep them 30 s. */
function sharedSearch(request: NextRequest, response: NextResponse): NextResponse {
  if (response.status === 200 && SEARCH_PAGE.test(request.nextUrl.pathname)) response.headers.set("Cache-Control", SEARCH_CACHE_CONTROL);
  return response;
}

/** HSTS on https (next.config.ts adds it when a proxy says x-forwarded-proto: https; this covers NEXTAUTH_URL). */
function withTransportSecurity(request: NextRequest, response: NextResponse): NextResponse {
  if (servedOverHttps(request.headers.get("x-forwarded-proto"))) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
