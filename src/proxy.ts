import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing only: `/` negotiates from the remembered choice and
// Accept-Language; every public URL carries its locale. Not a security gate —
// every page, action and route handler checks permission itself.
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
