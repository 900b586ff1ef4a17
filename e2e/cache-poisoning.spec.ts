import { expect, test } from "@playwright/test";

// No request can change what other readers get: a request with forged forwarding
// headers, then a clean one for the same page (answered from the server's memory).
test("a forged X-Forwarded-Host reaches no reader's answer, and no Link header lists alternates", async ({ request }) => {
  const path = "/en/about";
  const forged = await request.get(path, { headers: { "X-Forwarded-Host": "evil.example", Forwarded: "host=evil.example;proto=https", "X-Forwarded-Port": "666" } });
  const clean = await request.get(path);
  expect(clean.headers()["x-page-cache"]).toMatch(/HIT|MISS/);
  for (const answer of [forged, clean]) {
    expect(answer.status()).toBe(200);
    expect(answer.headers().link, "next-intl's Link header is off: the HTML's alternates are the only ones").toBeUndefined();
    expect(JSON.stringify(answer.headers())).not.toContain("evil.example");
    expect(await answer.text()).not.toContain("evil.example");
  }
});
