import NextAuth from "next-auth";
import { signInThrottleResponse } from "@/server/auth/sign-in-throttle";
import { authOptions } from "@/server/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Every response here depends on cookies and the request; never cached.
export const dynamic = "force-dynamic";

const handler = (req: Request, context: Context) => NextAuth(authOptions())(req, context);

export { handler as GET };

/**
 * The credentials sign-in is throttled here, before next-auth sees it:
 * authorize() cannot answer with a status code, and a blocked account or IP
 * must get 429 with Retry-After even when the password is right.
 */
export async function POST(req: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth?.[0] === "callback" && nextauth[1] === "credentials") {
    const blocked = await signInThrottleResponse(req);
    if (blocked) return blocked;
  }
  return handler(req, context);
}
