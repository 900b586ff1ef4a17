import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { legacyArticleTarget } from "./i18n/legacy";
import { routing } from "./i18n/routing";
import { localizedPath, paths } from "./lib/urls";

const intl = createMiddleware(routing);

// Locale routing only: `/` negotiates from the remembered choice and
// Accept-Language; every public URL carries its locale. Not a security gate —
// every page, action and route handler checks permission itself.
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // Old links: /{english-slug}/?lang=Spanish → the article page in that locale,
  // which itself redirects to that language's own slug.
  const legacy = legacyArticleTarget(pathname, searchParams.get("lang"));
  if (legacy) {
    return NextResponse.redirect(new URL(localizedPath(legacy.locale, paths.article(legacy.slug)), request.url), 308);
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
