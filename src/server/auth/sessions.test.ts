import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "./actor-type";
import { db } from "../db";
import { hashPassword } from "./password";
import { resetUserPassword, setUserDisabled, updateUser } from "../users/mutations";
import { authOptions } from "./options";
import { actorFromSessionToken } from "./session-actor";
import { endAllStaffSessions } from "./staff-sessions";
import { listAccountThrottles } from "./throttle";

// Sign-in (authorize), the token callback, and the per-request session check,
// against the real database.

const secret = "test-secret-for-session-tokens";
const run = `${Date.now()}`;
const email = (name: string) => `${name}-${run}@sessions.test`;
const PASSWORD = "the-right-password";
let admin: Actor;

const options = authOptions();
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<Record<string, unknown> | null>;
const authorize = (options.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const jwt = options.callbacks!.jwt! as (params: { token: JWT; user?: unknown }) => Promise<JWT>;
let calls = 0;
// A different address per call unless given: these tests are about the account counter.
const signIn = (address: string, password: string, ip = `10.60.${Math.floor(++calls / 250)}.${calls % 250}`) => authorize({ email: address, password }, { headers: { "x-forwarded-for": ip } });

async function user(name: string, role: Actor["role"] = "EDITOR") {
  return db.user.create({ data: { email: email(name), name, role, passwordHash: await hashPassword(PASSWORD), locales: role === "TRANSLATOR" ? ["ar"] : [] } });
}

/** A session token as next-auth issues it at sign-in. */
async function tokenFor(userId: string) {
  const signedIn = await jwt({ token: {}, user: { id: userId, tokenVersion: (await db.user.findUniqueOrThrow({ where: { id: userId } })).tokenVersion } });
  return encode({ token: signedIn, secret });
}

beforeAll(async () => {
  const a = await user("admin", "ADMIN");
  admin = { id: a.id, email: a.email, name: a.name, role: a.role, locales: [], canPublish: false };
});

describe("sign-in (authorize)", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const u = await user("ok");
    expect(await signIn(u.email.toUpperCase(), PASSWORD)).toMatchObject({ id: u.id, tokenVersion: 0 });
  });

  it("answers an unknown email exactly like a wrong password, and audits both", async () => {
    const u = await user("wrong");
    expect(await signIn(u.email, "nope", "10.59.0.1")).toBeNull();
    expect(await signIn(email("nobody"), "nope", "10.59.0.1")).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { entityType: "User", entityId: u.id, action: "user.sign-in-failure" } })).toMatchObject({ data: { ip: "10.59.0.1", reason: "credentials" } });
    expect(await db.auditEvent.findFirst({ where: { entityType: "SignIn", entityId: email("nobody"), action: "user.sign-in-failure" } })).not.toBeNull();
  });

  it("5 failures from address A do not lock the owner out: the right password from B signs in", async () => {
    const u = await user("dos-target");
    for (let i = 0; i < 5; i++) expect(await signIn(u.email, "nope", "10.61.0.1")).toBeNull();
    // A itself is refused now, even with the right password (its limit is the pair's)…
    expect(await signIn(u.email, PASSWORD, "10.61.0.1")).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: u.id, action: "user.sign-in-throttled" } })).toBe(1);
    // …but the owner, elsewhere, is not.
    expect(await signIn(u.email, PASSWORD, "10.61.0.2")).toMatchObject({ id: u.id });
  });

  it("behind the proxy (TRUSTED_PROXY_HOPS=1) one client's failures do not lock another's sign-in", async () => {
    const u = await user("behind-proxy");
    const previous = process.env.TRUSTED_PROXY_HOPS;
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      // nginx appends the client ($proxy_add_x_forwarded_for), serve.mjs appends nginx.
      for (let i = 0; i < 6; i++) await signIn(u.email, "nope", "10.63.0.66, 10.0.0.2");
      expect(await signIn(u.email, PASSWORD, "10.63.0.66, 10.0.0.2")).toBeNull();
      expect(await signIn(u.email, PASSWORD, "10.63.0.7, 10.0.0.2")).toMatchObject({ id: u.id });
      const throttles = await listAccountThrottles(u.email);
      expect(throttles.find((t) => t.kind === "pair")?.ip).toBe("10.63.0.66");
    } finally {
      if (previous === undefined) delete process.env.TRUSTED_PROXY_HOPS;
      else process.env.TRUSTED_PROXY_HOPS = previous;
    }
  });

  it("an absurdly long email or address is refused plainly, not stored as a throttle key", async () => {
    // Random, so that Postgres cannot compress them under its index-row limit.
    expect(await signIn(`${randomBytes(500_000).toString("hex")}@example.com`, "nope")).toBeNull();
    expect(await signIn(email("long-ip"), "nope", randomBytes(50_000).toString("hex"))).toBeNull();
  });

  it("refuses a disabled account with the same answer", async () => {
    const u = await user("disabled");
    await db.user.update({ where: { id: u.id }, data: { disabledAt: new Date() } });
    expect(await signIn(u.email, PASSWORD)).toBeNull();
  });
});

describe("the session token", () => {
  it("records the sign-in time once; refreshes move only the activity time", async () => {
    const u = await user("token-times");
    const first = await jwt({ token: {}, user: { id: u.id, tokenVersion: 3 } });
    expect(first).toMatchObject({ sub: u.id, tokenVersion: 3, sid: expect.any(String) });
    const refreshed = await jwt({ token: { ...first, signedInAt: 1_000, activeAt: Math.floor(Date.now() / 1000) - 60 } });
    expect(refreshed.signedInAt).toBe(1_000);
  });

  it("an idle session is not revived by a refresh", async () => {
    const stale = { sub: "u1", tokenVersion: 0, signedInAt: Math.floor(Date.now() / 1000) - 3600, activeAt: Math.floor(Date.now() / 1000) - 31 * 60 };
    expect((await jwt({ token: stale })).activeAt).toBe(stale.activeAt);
  });

  it("the client-visible session holds the name only", async () => {
    const session = await (options.callbacks!.session as unknown as (p: { session: { expires: string; user: { name: string; email: string } } }) => Promise<unknown>)({
      session: { expires: "x", user: { name: "N", email: "n@x" } },
    });
    expect(session).toEqual({ expires: "x", user: { name: "N" } });
  });
});

describe("sessions end when they should (checked against the database on each request)", () => {
  it("a fresh token is the user, as the database has them now", async () => {
    const u = await user("fresh", "TRANSLATOR");
    const actor = await actorFromSessionToken(await tokenFor(u.id), { secret });
    expect(actor).toMatchObject({ id: u.id, role: "TRANSLATOR", locales: ["ar"] });
    // Locales and the publishing grant are read fresh: no new sign-in needed.
    await db.user.update({ where: { id: u.id }, data: { locales: ["he"], canPublish: true } });
    expect(await actorFromSessionToken(await tokenFor(u.id), { secret })).toMatchObject({ locales: ["he"], canPublish: true });
  });

  it("disabling the user ends it", async () => {
    const u = await user("to-disable");
    const token = await tokenFor(u.id);
    await setUserDisabled(admin, { id: u.id, disabled: true });
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
    // Enabling again does not revive the old session (its tokenVersion is stale).
    await setUserDisabled(admin, { id: u.id, disabled: false });
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
  });

  it("a role change ends it", async () => {
    const u = await user("to-promote");
    const token = await tokenFor(u.id);
    await updateUser(admin, { id: u.id, name: u.name, role: "ADMIN" });
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
  });

  it("a password reset ends it", async () => {
    const u = await user("to-reset");
    const token = await tokenFor(u.id);
    await resetUserPassword(admin, { id: u.id });
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
  });

  it("ends after 30 idle minutes and 12 hours after sign-in", async () => {
    const u = await user("timed");
    const token = await tokenFor(u.id);
    const now = Date.now() / 1000;
    expect(await actorFromSessionToken(token, { secret, now: now + 29 * 60 })).not.toBeNull();
    expect(await actorFromSessionToken(token, { secret, now: now + 31 * 60 })).toBeNull();
    const { sid } = (await (await import("next-auth/jwt")).decode({ token, secret }))!;
    const active = await encode({ token: { sub: u.id, sid, tokenVersion: 0, signedInAt: Math.floor(now) - 12 * 3600 - 5, activeAt: Math.floor(now) }, secret });
    expect(await actorFromSessionToken(active, { secret, now })).toBeNull();
  });

  it("a forged, foreign or claim-less token is no session", async () => {
    const u = await user("forged");
    expect(await actorFromSessionToken("forged", { secret })).toBeNull();
    expect(await actorFromSessionToken(await tokenFor(u.id), { secret: "another-secret" })).toBeNull();
    expect(await actorFromSessionToken(await encode({ token: { sub: u.id }, secret }), { secret })).toBeNull();
    expect(await actorFromSessionToken(undefined, { secret })).toBeNull();
  });
});

describe("sign-out ends the session on the server (shared by every instance: the row is in Postgres)", () => {
  const signOutEvent = options.events!.signOut! as (message: { token: JWT }) => Promise<void>;
  const claimsOf = async (token: string) => (await import("next-auth/jwt")).decode({ token, secret });

  it("the cookie from before sign-out no longer opens anything", async () => {
    const u = await user("signs-out");
    const token = await tokenFor(u.id);
    const other = await tokenFor(u.id); // the same person in another browser
    expect(await actorFromSessionToken(token, { secret })).not.toBeNull();
    await signOutEvent({ token: (await claimsOf(token))! });
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
    expect(await actorFromSessionToken(other, { secret })).not.toBeNull();
  });

  it("'sign out everywhere' ends every session of the user, and is audited", async () => {
    const u = await user("everywhere");
    const self: Actor = { id: u.id, email: u.email, name: u.name, role: u.role, locales: [], canPublish: false };
    const tokens = [await tokenFor(u.id), await tokenFor(u.id)];
    expect(await endAllStaffSessions(self, { userId: u.id })).toBe(2);
    for (const token of tokens) expect(await actorFromSessionToken(token, { secret })).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { entityId: u.id, action: "user.sessions-end" } })).toMatchObject({ actorId: u.id });
  });

  it("an admin ends all sessions of an account; nobody else may", async () => {
    const u = await user("ended-by-admin");
    const token = await tokenFor(u.id);
    const stranger = await user("stranger");
    const strangerActor: Actor = { id: stranger.id, email: stranger.email, name: stranger.name, role: stranger.role, locales: [], canPublish: false };
    await expect(endAllStaffSessions(strangerActor, { userId: u.id })).rejects.toThrow(/forbidden|user\.manage/i);
    expect(await actorFromSessionToken(token, { secret })).not.toBeNull();
    expect(await endAllStaffSessions(admin, { userId: u.id })).toBe(1);
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
  });

  it("a token without a server-side session (forged with the secret, or from before) is no session", async () => {
    const u = await user("no-row");
    const now = Math.floor(Date.now() / 1000);
    const token = await encode({ token: { sub: u.id, sid: "never-created", tokenVersion: 0, signedInAt: now, activeAt: now }, secret });
    expect(await actorFromSessionToken(token, { secret })).toBeNull();
    // Another user's session id does not open this user's account.
    const mine = (await claimsOf(await tokenFor(admin.id)))!;
    const swapped = await encode({ token: { ...mine, sub: u.id }, secret });
    expect(await actorFromSessionToken(swapped, { secret })).toBeNull();
  });
});
