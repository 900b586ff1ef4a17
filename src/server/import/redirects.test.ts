import { describe, expect, it } from "vitest";
import { importedRedirectTarget, redirectKey, redirectPaths } from "./redirects";

describe("old URLs of an imported version", () => {
  it("keeps the permalink, ?p=, ?lang= and /{lang}/ forms, decoded and without trailing slashes", () => {
    expect(redirectPaths("https://site.example/2024/05/hello/", "https://site.example", 12, "fr").sort()).toEqual(
      ["/2024/05/hello", "/2024/05/hello?lang=fr", "/fr/2024/05/hello", "/?p=12"].sort(),
    );
    // Polylang's /{lang}/ permalinks also answer as ?lang=.
    expect(redirectPaths("https://site.example/ar/%d8%b9/", "https://site.example", 7, "ar").sort()).toEqual(["/ar/ع", "/ع?lang=ar", "/?p=7"].sort());
    // A site in a folder keeps it.
    expect(redirectPaths("https://site.example/news/hola/", "https://site.example/news", 3, "es").sort()).toEqual(
      ["/news/hola", "/news/hola?lang=es", "/news/es/hola", "/news?p=3"].sort(),
    );
    // Plain permalinks (?p=) and a site without languages.
    expect(redirectPaths("https://site.example/?p=5", "https://site.example", 5, null)).toEqual(["/?p=5"]);
  });

  it("reads the old URL an admin types the way requests are looked up", () => {
    expect(redirectKey("https://old.example/2019/x/?utm=1")).toBe("/2019/x");
    expect(redirectKey("/%D8%B9/?lang=ar")).toBe("/ع?lang=ar");
    expect(redirectKey("/?p=9")).toBe("/?p=9");
  });
});

describe("looking up an old URL", () => {
  it("answers nothing, without asking the database, for a path with a NUL byte (Postgres text cannot hold one)", async () => {
    // Found by `npm run fuzz`: GET /en%00 was a 500 (the lookup's query failed on the NUL).
    for (const path of ["/en\u0000", "/2024/05/post\u0000/", "/\u0000"]) {
      await expect(importedRedirectTarget(path, new URLSearchParams())).resolves.toBeNull();
    }
    await expect(importedRedirectTarget("/", new URLSearchParams("p=1\u0000"))).resolves.toBeNull();
  });
});
