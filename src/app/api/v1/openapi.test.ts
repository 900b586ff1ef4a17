import { beforeAll, describe, expect, it } from "vitest";
import { articleListSchema, authorListSchema, debateListSchema, mediaListSchema, searchResultsSchema } from "@/server/api/schemas";
import { uid } from "../../../../test/support/actors";
import { apiKeysFixture, call, contentFixture, json } from "../../../../test/support/content-api";
import { responseValidator, validateOpenApiDocument } from "../../../../test/support/openapi";
import { GET as getArticle } from "./articles/[id]/route";
import { GET as getArticleBySlug } from "./articles/by-slug/[locale]/[slug]/route";
import { GET as listArticles } from "./articles/route";
import { GET as getAuthor } from "./authors/[id]/route";
import { GET as listAuthors } from "./authors/route";
import { GET as getDebate } from "./debates/[id]/route";
import { GET as listDebates } from "./debates/route";
import { GET as getMedia } from "./media/[id]/route";
import { GET as listMedia } from "./media/route";
import { GET as openapi } from "./openapi.json/route";
import { GET as search } from "./search/route";

// The OpenAPI document, checked by third-party validators, and every endpoint's
// real answers (successes and problems) checked against it.

let fx: Awaited<ReturnType<typeof contentFixture>>;
let keys: Awaited<ReturnType<typeof apiKeysFixture>>["keys"];
beforeAll(async () => {
  fx = await contentFixture(`osprey${uid()}`);
  ({ keys } = await apiKeysFixture());
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (swagger-parser), and every endpoint's real answers match it", async () => {
    const response = await call(openapi, "/openapi.json");
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    await validateOpenApiDocument(document);

    const check = responseValidator(document);
    const cases: [string, Response][] = [
      ["/articles", await call(listArticles, `/articles?debate=${fx.debate.id}`, { key: keys.drafts })],
      ["/articles", await call(listArticles, "/articles?limit=5")],
      ["/articles/{id}", await call(getArticle, `/articles/${fx.v.en!.id}`, { params: { id: fx.v.en!.id } })],
      ["/articles/{id}", await call(getArticle, "/articles/none", { params: { id: "none" } })],
      ["/articles/by-slug/{locale}/{slug}", await call(getArticleBySlug, "/articles/by-slug/ar/x", { params: { locale: "ar", slug: fx.v.ar!.slug } })],
      ["/debates", await call(listDebates, "/debates?locale=ar")],
      ["/debates", await call(listDebates, "/debates?locale=en&limit=0")],
      ["/debates/{id}", await call(getDebate, `/debates/${fx.debate.id}?locale=ar`, { params: { id: fx.debate.id } })],
      ["/authors", await call(listAuthors, "/authors?limit=3")],
      ["/authors/{id}", await call(getAuthor, `/authors/${fx.author.id}`, { params: { id: fx.author.id } })],
      ["/media", await call(listMedia, "/media", { key: keys.drafts })],
      ["/media/{id}", await call(getMedia, `/media/${fx.media.id}`, { params: { id: fx.media.id } })],
      ["/search", await call(search, `/search?locale=en&q=${encodeURIComponent(`en title ${fx.key}`)}`)],
      ["/search", await call(search, "/search?locale=en")],
      ["/articles", await call(listArticles, "/articles", { key: `ppk_${"b".repeat(43)}` })],
    ];
    const statuses = new Set<number>();
    for (const [path, answer] of cases) {
      const type = answer.headers.get("content-type")!.split(";")[0]!;
      const body = await answer.json();
      statuses.add(answer.status);
      expect(check(path, answer.status, type, body), `${path} ${answer.status}`).toEqual([]);
      // And by the zod schemas themselves (which, unlike the validator here, check formats: URLs, dates).
      const zod = { "/articles": articleListSchema, "/debates": debateListSchema, "/authors": authorListSchema, "/media": mediaListSchema, "/search": searchResultsSchema }[path];
      if (zod && answer.status === 200) zod.parse(body);
    }
    expect([...statuses].sort()).toEqual([200, 400, 401, 404]);
    // The real answers have content to check, not empty lists.
    const search200 = await json(await call(search, `/search?locale=en&q=${encodeURIComponent(`en title ${fx.key}`)}`));
    expect(search200.data[0]).toMatchObject({ id: fx.v.en!.id, locale: "en" });
  });
});
