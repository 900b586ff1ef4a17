import "server-only";
import { clientIp } from "./client-ip";
import { peekSignInThrottle } from "./throttle";

/**
 * For the credentials callback: a 429 response with Retry-After when this
 * email from this client address, or this address, is over its limit; or null
 * to let the sign-in proceed. Only a read: the attempt itself is reserved
 * atomically in authorize() (options.ts), which refuses whatever raced past here.
 * The body has the `url` next-auth's client expects, carrying the error and
 * the wait, so the form can say how long.
 */
export async function signInThrottleResponse(req: Request): Promise<Response | null> {
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "").slice(0, 254);
  const { blocked, retryAfterSeconds } = await peekSignInThrottle({ email, ip: clientIp(req.headers) });
  if (!blocked) return null;
  const url = new URL("/api/auth/error", req.url);
  url.search = new URLSearchParams({ error: "RateLimited", retryAfter: String(retryAfterSeconds) }).toString();
  return Response.json(
    { url: url.toString(), error: "RateLimited", retryAfter: retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
