import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "./slug";

describe("slugify", () => {
  it("makes readable Latin slugs, dropping apostrophes and punctuation", () => {
    expect(slugify("Don’t ditch the “local” when scrambling to “go global”")).toBe(
      "dont-ditch-the-local-when-scrambling-to-go-global",
    );
    expect(slugify("¿Hacia una sociedad civil multipolar?")).toBe("hacia-una-sociedad-civil-multipolar");
  });

  it("keeps Arabic and Hebrew letters (Unicode slugs)", () => {
    expect(slugify("مخاطر توطين المنظمات الدولية")).toBe("مخاطر-توطين-المنظمات-الدولية");
    expect(slugify("הפרות זכויות אדם חוצות גבולות")).toBe("הפרות-זכויות-אדם-חוצות-גבולות");
  });

  it("normalizes so that NFC and NFD twins give the same slug", () => {
    expect(slugify("Fran\u00e7ais")).toBe(slugify("Franc\u0327ais"));
  });

  it("strips bidi overrides and zero-width characters", () => {
    expect(slugify("a\u202Eb\u200Dc")).toBe("abc");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("validates stored slugs", () => {
    expect(isValidSlug("a-valid-slug")).toBe(true);
    expect(isValidSlug("Not Valid")).toBe(false);
    expect(isValidSlug("../etc/passwd")).toBe(false);
    expect(isValidSlug("")).toBe(false);
  });
});
