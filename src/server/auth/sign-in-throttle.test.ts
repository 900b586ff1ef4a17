import { describe, expect, it } from "vitest";
import { db } from "../db";
import { hashPassword } from "./password";
import { signInThrottleResponse } from "./sign-in-throttle";
import { reserveSignInAttempt } from "./throttle";

const post = (email: string, ip: string, password = "whatever") =>
  new Request("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password, csrfToken: "x", json: "true" }),
  });

describe("the credentials route's 429", () => {
  it("answers 429 with Retry-After to the blocked address only, and audits the first refusal once", async () => {
    const user = await db.user.create({
      data: { email: `route-${Date.now()}@throttle.test`, name: "Route", role: "EDITOR", passwordHash: await hashPassword("irrelevant-password") },
    });
    for (let i = 0; i < 5; i++) await reserveSignInAttempt({ email: user.email, ip: "10.80.0.1" });

    const first = await signInThrottleResponse(post(user.email, "10.80.0.1"));
    expect(first?.status).toBe(429);
    expect(Number(first?.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(await first?.json()).toMatchObject({ error: "RateLimited" });
    expect((await signInThrottleResponse(post(user.email, "10.80.0.1")))?.status).toBe(429);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.sign-in-throttled" } })).toBe(1);
    // Another address, the same account: goes on to the password check.
    expect(await signInThrottleResponse(post(user.email, "10.80.0.2"))).toBeNull();
  });
});
