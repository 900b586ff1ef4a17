// Any other path under /api/v1: a problem (404 not_found), like every other refusal of the API, not an HTML page.
import { preflight, unknownEndpoint } from "@/server/api/http";

export const dynamic = "force-dynamic";
export const GET = unknownEndpoint;
export const OPTIONS = preflight;
