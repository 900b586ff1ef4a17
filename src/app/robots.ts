import type { MetadataRoute } from "next";
import { localeCodes } from "@/i18n/locales";
import { SITE_URL } from "@/lib/urls";

// Everything public may be crawled; the staff dashboard and the API may not.
// One Disallow per locale rather than "/*/dashboard", which would also match
// an article whose slug starts with "dashboard".
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...localeCodes.map((locale) => `/${locale}/dashboard`)],
    },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
