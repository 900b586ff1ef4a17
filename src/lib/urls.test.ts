import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteSiteUrl, absoluteUrl, paths, siteUrl } from "./urls";

describe("the site URL", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is read at run time: SITE_URL, changed without a rebuild, names every absolute URL", () => {
    vi.stubEnv("SITE_URL", "https://press.example/");
    expect(siteUrl()).toBe("https://press.example");
    expect(absoluteUrl("ar", paths.article("x"))).toBe("https://press.example/ar/articles/x");
    vi.stubEnv("SITE_URL", "https://other.example");
    expect(absoluteSiteUrl("/sitemap.xml")).toBe("https://other.example/sitemap.xml");
  });

  it("defaults to the address `npm start` prints, on its port", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("NEXT_PUBLIC_SITE_URL", "");
    vi.stubEnv("PORT", "3513");
    expect(siteUrl()).toBe("http://localhost:3513");
  });

  it("still honours the deprecated NEXT_PUBLIC_SITE_URL", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("NEXT_PUBLIC_SITE_URL", "https://legacy.example");
    expect(siteUrl()).toBe("https://legacy.example");
  });
});
