import "server-only";
import type { SessionLimits } from "./settings";

/** What the session token carries about the sign-in (besides the user id). */
export interface SessionClaims {
  /** Seconds since the epoch: when the user signed in (kept across refreshes). */
  signedInAt: number;
  /** Seconds since the epoch: the last time the session was refreshed by activity. */
  activeAt: number;
  /** The user's tokenVersion at sign-in. */
  tokenVersion: number;
}

export interface SessionUser {
  disabledAt: Date | null;
  tokenVersion: number;
}

export type SessionEnd = "idle" | "expired" | "revoked" | "disabled" | "unknown-user";

/**
 * Why a session has ended, or null when it is still good. Checked on every
 * request against the user as the database has it now, so disabling a user or
 * changing their role or password (which bump tokenVersion) ends their
 * sessions on their next request.
 */
export function sessionEndReason(
  claims: SessionClaims,
  user: SessionUser | null,
  limits: SessionLimits,
  now = Date.now() / 1000,
): SessionEnd | null {
  if (!user) return "unknown-user";
  if (user.disabledAt) return "disabled";
  if (claims.tokenVersion !== user.tokenVersion) return "revoked";
  if (now - claims.signedInAt > limits.maxSeconds) return "expired";
  if (now - claims.activeAt > limits.idleSeconds) return "idle";
  return null;
}

/** Checks the claims a token must carry (`sid`: its StaffSession row); anything else is no session. */
export function readClaims(token: Record<string, unknown> | null | undefined): (SessionClaims & { userId: string; sid: string }) | null {
  if (!token) return null;
  const { sub, sid, signedInAt, activeAt, tokenVersion } = token;
  if (typeof sub !== "string" || typeof sid !== "string" || typeof signedInAt !== "number" || typeof activeAt !== "number" || typeof tokenVersion !== "number") return null;
  return { userId: sub, sid, signedInAt, activeAt, tokenVersion };
}
