import { getActor } from "@/server/auth/actor";
import { toErrorResult } from "@/server/actions/run-action";
import { exportXliff } from "@/server/xliff/service";

// Downloads an XLIFF file for a translation agency: ?debate=<id> or
// ?variant=<id> (repeatable), &target=<locale>, &version=2.0|1.2. Staff only
// (the domain function checks it); never cached.

export const dynamic = "force-dynamic";

const STATUS: Record<string, number> = { unauthenticated: 401, forbidden: 403, notFound: 404, validation: 400 };

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, error: "unauthenticated" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  try {
    const file = await exportXliff(actor, {
      variantIds: params.getAll("variant"),
      ...(params.get("debate") ? { debateId: params.get("debate") } : {}),
      targetLocale: params.get("target") ?? "",
      ...(params.get("version") ? { version: params.get("version") } : {}),
    });
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
    return new Response(file.xml, {
      headers: {
        "Content-Type": "application/xliff+xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const failure = toErrorResult(error);
    return Response.json(failure, { status: STATUS[failure.error] ?? 500, headers: { "Cache-Control": "no-store" } });
  }
}
