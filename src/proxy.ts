import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { legacyArticleTarget } from "./i18n/legacy";
import { isLocale } from "./i18n/locales";
import { routing } from "./i18n/routing";
import { localizedPath, paths } from "./lib/urls";

const intl = createMiddleware(routing);

// next-auth's session cookie names (plain, and on https).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const DASHBOARD = /^\/([^/]+)\/dashboard(?:\/(.*))?$/;

/**
 * Locale routing (with old-URL redirects), plus one convenience: a dashboard URL requested without a
 * session cookie goes straight to the sign-in page. Neither is a security
 * gate — the dashboard layout, every page, action and route handler checks
 * the session and the permission itself (this can be bypassed, cf.
 * CVE-2025-29927, and a cookie's presence proves nothing).
 */
export default function proxy(request: NextRequest) {
  // Old links: /{english-slug}/?lang=Spanish → the article page in that locale,
  // which itself redirects to that language's own slug.
  const legacy = legacyArticleTarget(request.nextUrl.pathname, request.nextUrl.searchParams.get("lang"));
  if (legacy) {
    return NextResponse.redirect(new URL(localizedPath(legacy.locale, paths.article(legacy.slug)), request.url), 308);
  }

  const match = DASHBOARD.exec(request.nextUrl.pathname);
  if (match && isLocale(match[1]) && !match[2]?.startsWith("sign-in")) {
    const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!hasCookie) return NextResponse.redirect(new URL(`/${match[1]}/dashboard/sign-in`, request.url));
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
