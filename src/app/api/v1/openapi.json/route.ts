// The content API's OpenAPI 3.1 document, generated from the zod schemas that shape its answers.
import { apiGet, preflight } from "@/server/api/http";
import { openApiDocument } from "@/server/api/openapi";

export const dynamic = "force-dynamic";
export const GET = apiGet(async () => openApiDocument(), { anonymous: true, cacheControl: "public, max-age=300" });
export const OPTIONS = preflight;
