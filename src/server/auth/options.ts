import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";
import { clientIp } from "./client-ip";
import { readClaims, sessionEndReason } from "./session-check";
import { sessionLimits, throttleLimits } from "./settings";
import { auditSignInFailure, auditSlowdown, auditThrottled } from "./sign-in-audit";
import { createStaffSession, endStaffSession } from "./staff-sessions";
import { reserveSignInAttempt, settleSignInAttempt } from "./throttle";

/** Where staff sign in (the proxy and requireActor send them there, in their locale). */
export const SIGN_IN_PATH = "/dashboard/sign-in";

// Verified against when the email is unknown, so both failures take as long.
let dummyHash: Promise<string> | undefined;

/**
 * The key that signs and encrypts session tokens: only ever from the
 * environment. In production there is no fallback — next-auth would otherwise
 * derive one, and a guessable key lets anyone mint an admin session.
 * (`npm start` refuses to start without it before Next even runs; this covers
 * `next start` run directly.)
 */
export function authSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  // Used exactly as given (session-actor.ts decodes with the same value); blank counts as unset.
  const secret = env.NEXTAUTH_SECRET;
  if (secret?.trim()) return secret;
  if (env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set: staff sign-in is disabled. Set it in the environment " +
        "(the same on every instance), e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32).",
    );
  }
  return undefined; // development: next-auth warns and derives a throw-away key
}

/**
 * Session cookies: never readable by scripts, not sent on cross-site
 * subrequests or POSTs, and Secure (with the __Secure- prefix) when the site
 * is served over https, as NEXTAUTH_URL says.
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function authOptions(): AuthOptions {
  const limits = sessionLimits();
  const slowdownLimits = throttleLimits();
  const secure = secureCookies();
  return {
    secret: authSecret(),
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    // JWT sessions; the cookie and the token expire after the idle timeout
    // unless activity refreshes them (GET /api/auth/session, see SessionKeepAlive).
    session: { strategy: "jwt", maxAge: limits.idleSeconds },
    pages: { signIn: `/en${SIGN_IN_PATH}`, error: `/en${SIGN_IN_PATH}` },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "").trim().toLowerCase();
          const password = String(credentials?.password ?? "");
          // Longer than any address (254) or password we accept: no account has it, and
          // it must not become a throttle key (a B-tree key has a size limit).
          if (!email || !password || email.length > 254 || password.length > 1024) return null;
          const ip = clientIp(req.headers ?? {});
          // Reserved before the password is checked: concurrent guesses all count
          // (the route handler has answered 429 already when this one is over).
          const attempt = await reserveSignInAttempt({ email, ip });
          if (!attempt.allowed) {
            if (attempt.firstRefusal) await auditThrottled(email, ip, attempt.limiter, attempt.retryAfterSeconds);
            return null;
          }
          if (attempt.delayMs > 0) {
            if (attempt.accountAttempts === slowdownLimits.slowdownAfter + 1) await auditSlowdown(email, ip, attempt.accountAttempts);
            await new Promise((resolve) => setTimeout(resolve, attempt.delayMs));
          }

          const user = await db.user.findUnique({ where: { email } });
          const valid = user
            ? await verifyPassword(user.passwordHash, password)
            : await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password")), password).then(() => false);
          if (!user || !valid || user.disabledAt) {
            await auditSignInFailure(email, ip, user && valid ? "disabled" : "credentials");
            return null; // one message for all: unknown email, wrong password, disabled
          }
          await settleSignInAttempt({ email, ip }, true);
          return { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion, ip };
        },
      }),
    ],
    events: {
      // POST /api/auth/signout: the session ends on the server, not just in this browser.
      async signOut({ token }) {
        const claims = readClaims(token as Record<string, unknown> | null);
        if (claims) await endStaffSession(claims.sid);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        const now = Math.floor(Date.now() / 1000);
        if (user) {
          // Sign-in: the absolute lifetime counts from here, whatever refreshes follow;
          // the session row it names is what sign-out deletes.
          const { tokenVersion = 0, ip } = user as { tokenVersion?: number; ip?: string };
          const sid = await createStaffSession(user.id, { ip });
          return { sub: user.id, sid, tokenVersion, signedInAt: now, activeAt: now };
        }
        const claims = readClaims(token);
        // An ended session is not refreshed (getActor refuses it on every request).
        if (!claims || sessionEndReason(claims, { disabledAt: null, tokenVersion: claims.tokenVersion }, limits, now)) return token;
        return { ...token, activeAt: now };
      },
      // The client learns nothing beyond its own name: roles and versions stay server-side.
      async session({ session }) {
        return { expires: session.expires, user: { name: session.user?.name ?? null } };
      },
    },
  };
}
