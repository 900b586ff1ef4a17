import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getCachedSitemap } from "@/server/feeds/sitemap";

// Rendered on request (the build has no database), from a copy cached for
// SITEMAP_REVALIDATE seconds. To split past ~40k URLs see src/server/feeds/sitemap.ts.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return getCachedSitemap();
}
