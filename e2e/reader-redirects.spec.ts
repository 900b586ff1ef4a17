import { expect, test, type APIRequestContext } from "@playwright/test";

// Issue 18, point 9: an old or slightly wrong link takes ONE permanent
// redirect, straight to the page's final URL.

const HAZARDS = "the-hazards-of-international-ngos-going-local";
const HAZARDS_ES = "/es/articles/los-riesgos-de-que-las-ong-internacionales-se-vuelvan-locales";
const DEBATE_AR = `/ar/debates/${encodeURIComponent("تدويل-منظمات-حقوق-الإنسان")}`;

/** Follows redirects by hand: each hop's status, and where it landed. */
async function hops(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const statuses: number[] = [];
  let current = url;
  for (let i = 0; i < 6; i++) {
    const response = await request.get(current, { maxRedirects: 0, headers });
    if (response.status() < 300 || response.status() >= 400) return { statuses, final: current, status: response.status() };
    statuses.push(response.status());
    const location = new URL(response.headers()["location"]!, new URL(current, "http://x"));
    current = location.pathname + location.search;
  }
  throw new Error(`redirect loop from ${url}`);
}

test.describe("old and misspelt links", () => {
  const cases: [string, string, Record<string, string>?][] = [
    [`/${HAZARDS}/?lang=Spanish`, HAZARDS_ES],
    [`/${HAZARDS}?lang=Spanish`, HAZARDS_ES],
    [`/${HAZARDS}/`, `/en/articles/${HAZARDS}`, { "accept-language": "en" }],
    [`/${HAZARDS}`, `/en/articles/${HAZARDS}`, { "accept-language": "en" }],
    [`/es/articles/${HAZARDS}/`, HAZARDS_ES],
    [`/es/articles/${HAZARDS}`, HAZARDS_ES],
    [`/en/articles/${HAZARDS}/`, `/en/articles/${HAZARDS}`],
    ["/ar/debates/internationalizing-human-rights-organizations/", DEBATE_AR],
    ["/en/about/", "/en/about"],
    ["/en/search/?q=rights", "/en/search?q=rights"],
  ];
  for (const [from, to, headers] of cases) {
    test(`${from} → ${decodeURI(to)} in one permanent redirect`, async ({ request }) => {
      const result = await hops(request, from, headers);
      expect(result.final).toBe(to);
      expect(result.status).toBe(200);
      expect(result.statuses).toEqual([308]);
    });
  }
});
