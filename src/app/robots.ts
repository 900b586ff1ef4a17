import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { localeCodes } from "@/i18n/locales";
import { absoluteSiteUrl } from "@/lib/urls";

// Everything public may be crawled; the staff dashboard and the API may not.
// One Disallow per locale rather than "/*/dashboard", which would also match
// an article whose slug starts with "dashboard".
// Rendered on request: the sitemap's address is the runtime SITE_URL, not the build's.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...localeCodes.map((locale) => `/${locale}/dashboard`)],
    },
    sitemap: absoluteSiteUrl("/sitemap.xml"),
  };
}
