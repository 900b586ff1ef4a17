import { describe, expect, it } from "vitest";
import { readClaims, sessionEndReason } from "./session-check";

const limits = { idleSeconds: 30 * 60, maxSeconds: 12 * 3600 };
const now = 1_800_000_000;
const claims = { signedInAt: now - 3600, activeAt: now - 60, tokenVersion: 2 };
const user = { disabledAt: null, tokenVersion: 2 };

describe("session invalidation", () => {
  it("a fresh session of an enabled user with the current token version is good", () => {
    expect(sessionEndReason(claims, user, limits, now)).toBeNull();
  });

  it("disabling the user ends it", () => {
    expect(sessionEndReason(claims, { ...user, disabledAt: new Date() }, limits, now)).toBe("disabled");
  });

  it("a role or password change (tokenVersion bumped) ends it", () => {
    expect(sessionEndReason(claims, { ...user, tokenVersion: 3 }, limits, now)).toBe("revoked");
  });

  it("a deleted user ends it", () => {
    expect(sessionEndReason(claims, null, limits, now)).toBe("unknown-user");
  });

  it("ends after 30 minutes without activity", () => {
    expect(sessionEndReason({ ...claims, activeAt: now - 30 * 60 }, user, limits, now)).toBeNull();
    expect(sessionEndReason({ ...claims, activeAt: now - 30 * 60 - 1 }, user, limits, now)).toBe("idle");
  });

  it("ends 12 hours after sign-in however active the user is", () => {
    expect(sessionEndReason({ ...claims, signedInAt: now - 12 * 3600 - 1, activeAt: now }, user, limits, now)).toBe("expired");
  });

  it("tokens without the claims are no session", () => {
    expect(readClaims({ sub: "u1" })).toBeNull();
    expect(readClaims(null)).toBeNull();
    // Without a server-side session id (a token from before sessions were kept), no session either.
    expect(readClaims({ sub: "u1", signedInAt: 1, activeAt: 2, tokenVersion: 0 })).toBeNull();
    expect(readClaims({ sub: "u1", sid: "s1", signedInAt: 1, activeAt: 2, tokenVersion: 0 })).toEqual({ userId: "u1", sid: "s1", signedInAt: 1, activeAt: 2, tokenVersion: 0 });
  });
});
