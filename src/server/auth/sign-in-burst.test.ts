import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { authOptions } from "./options";

// Counts the password checks themselves: the real argon2 verify, wrapped.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return {
    ...real,
    verifyPassword: async (...args: Parameters<typeof real.verifyPassword>) => {
      verifications.count++;
      return real.verifyPassword(...args);
    },
  };
});

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

describe("a burst of simultaneous guesses", () => {
  it("100 at once from one address: at most 5 reach the password check", async () => {
    const { hashPassword } = await import("./password");
    const u = await db.user.create({
      data: { email: `burst-${Date.now()}@sessions.test`, name: "Burst", role: "EDITOR", passwordHash: await hashPassword("the-right-password") },
    });
    verifications.count = 0;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => authorize({ email: u.email, password: `guess-${i}` }, { headers: { "x-forwarded-for": "10.64.0.1" } })),
    );
    expect(results.every((r) => r === null)).toBe(true);
    expect(verifications.count).toBeLessThanOrEqual(5);
    expect(verifications.count).toBeGreaterThan(0);
  });
});
