import { describe, expect, it } from "vitest";
import { authOptions, authSecret, secureCookies } from "./options";

describe("the auth secret comes only from the environment", () => {
  it("is used when set", () => {
    expect(authSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "s3cret-from-env" })).toBe("s3cret-from-env");
  });

  it("is required in production: no fallback, a clear message", () => {
    expect(() => authSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(() => authSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "  " })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("may be missing in development and tests", () => {
    expect(authSecret({ NODE_ENV: "development" })).toBeUndefined();
  });
});

describe("session cookie flags", () => {
  it("are HttpOnly and SameSite=Lax, Secure only over https", () => {
    expect(secureCookies({ NEXTAUTH_URL: "https://cms.example.org" })).toBe(true);
    expect(secureCookies({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(secureCookies({})).toBe(false);
    const cookie = authOptions().cookies?.sessionToken;
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
  });
});
