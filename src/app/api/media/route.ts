import { getActor } from "@/server/auth/actor";
import { uploadFromRequest } from "@/server/media/upload-request";

// Uploads to the media library (the dashboard's upload form and the picker):
// Origin, session and permission are checked before the body is read, which is
// then streamed against MEDIA_MAX_BYTES (server/media/upload-request.ts).
// Under /api: outside the proxy (src/proxy.ts), which would buffer the body.

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return uploadFromRequest(await getActor(), request);
}
