import "server-only";
import { clientIp } from "./client-ip";
import { auditThrottled } from "./sign-in-audit";
import { peekSignInThrottle, reserveSignInAttempt } from "./throttle";

/**
 * For the credentials callback: a 429 response with Retry-After when this
 * email from this client address, or this address, is over its limit; or null
 * to let the sign-in proceed (authorize() in options.ts then reserves the
 * attempt atomically, and refuses whatever raced past here). A refused attempt
 * is counted as authorize() would count it, and the first refusal of a window
 * is audited. The body has the `url` next-auth's client expects, carrying the
 * error and the wait, so the form can say how long.
 */
export async function signInThrottleResponse(req: Request): Promise<Response | null> {
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 254);
  const ip = clientIp(req.headers);
  if (!(await peekSignInThrottle({ email, ip })).blocked) return null;
  const attempt = await reserveSignInAttempt({ email, ip });
  // The window ended in between: this one goes ahead (and is counted once more in authorize).
  if (attempt.allowed) return null;
  if (attempt.firstRefusal) await auditThrottled(email, ip, attempt.limiter, attempt.retryAfterSeconds);
  const { retryAfterSeconds } = attempt;
  const url = new URL("/api/auth/error", req.url);
  url.search = new URLSearchParams({ error: "RateLimited", retryAfter: String(retryAfterSeconds) }).toString();
  return Response.json(
    { url: url.toString(), error: "RateLimited", retryAfter: retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
