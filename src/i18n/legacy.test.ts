import { describe, expect, it } from "vitest";
import { legacyArticleTarget } from "./legacy";

describe("legacy ?lang= links", () => {
  it("maps a full English language name to the locale", () => {
    expect(legacyArticleTarget("/the-hazards/", "Spanish")).toEqual({ locale: "es", slug: "the-hazards" });
    expect(legacyArticleTarget("/the-hazards", "arabic")).toEqual({ locale: "ar", slug: "the-hazards" });
    expect(legacyArticleTarget("/x/", "Hebrew")).toEqual({ locale: "he", slug: "x" });
  });

  it("ignores other paths and unknown languages", () => {
    expect(legacyArticleTarget("/the-hazards/", null)).toBeNull();
    expect(legacyArticleTarget("/the-hazards/", "Klingon")).toBeNull();
    expect(legacyArticleTarget("/en/articles/x", "Spanish")).toBeNull();
    expect(legacyArticleTarget("/en", "Spanish")).toBeNull();
  });
});
