import { expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { apiSession } from "./support/auth";

// The security headers every response carries (src/lib/security/headers.ts),
// the staff pages' per-request nonce policy (src/proxy.ts), the session
// cookie's flags, and — in a real browser — that the policies break nothing:
// no CSP violation and no console error on a public article or in the editor.

const ARTICLE = "/en/articles/the-hazards-of-international-ngos-going-local";
const DEBATE = "/en/debates/internationalizing-human-rights-organizations";

function directives(csp: string | undefined): Map<string, string[]> {
  expect(csp, "Content-Security-Policy").toBeTruthy();
  return new Map(
    csp!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectCommonHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  expect(headers["x-powered-by"], `${what}: no X-Powered-By`).toBeUndefined();
  // Plain http here: no HSTS (it is only sent over https).
  expect(headers["strict-transport-security"], `${what}: no HSTS on http`).toBeUndefined();
  const csp = directives(headers["content-security-policy"]);
  expect(csp.get("object-src"), what).toEqual(["'none'"]);
  expect(csp.get("base-uri"), what).toEqual(["'self'"]);
  expect(csp.get("form-action"), what).toEqual(["'self'"]);
  expect(csp.get("default-src"), what).toEqual(["'self'"]);
  // Never scripts from another origin, never eval.
  for (const source of csp.get("script-src") ?? []) expect(source, what).toMatch(/^'(self|unsafe-inline|strict-dynamic|nonce-[A-Za-z0-9+/=_-]+)'$/);
  return csp;
}

function expectPublicPolicy(headers: Record<string, string>, what: string) {
  const csp = expectCommonHeaders(headers, what);
  expect(csp.get("frame-ancestors"), what).toEqual(["'self'"]);
  expect(headers["x-frame-options"], what).toBe("SAMEORIGIN");
  // Static pages are one HTML for every reader: no per-request nonce in their policy.
  expect(headers["content-security-policy"], what).not.toContain("nonce-");
}

function expectStaffPolicy(headers: Record<string, string>, what: string) {
  const csp = expectCommonHeaders(headers, what);
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(headers["x-frame-options"], what).toBe("DENY");
  const scripts = csp.get("script-src") ?? [];
  expect(scripts, what).toContain("'strict-dynamic'");
  expect(scripts.some((s) => s.startsWith("'nonce-")), `${what}: a nonce`).toBe(true);
  expect(scripts, what).not.toContain("'unsafe-inline'");
  return scripts.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
}

/** Collects CSP violations and console errors of a page from its first script on. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return problems;
}

test.describe("security headers", () => {
  test("public pages, feeds, the sitemap, a 404 and the API carry them, without a nonce", async ({ request }) => {
    for (const path of ["/en", ARTICLE, DEBATE, "/ar/about", "/en/search?q=rights", "/en/feed.xml", "/en/atom.xml", "/sitemap.xml", "/robots.txt"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectPublicPolicy(response.headers(), path);
    }
    const missing = await request.get("/en/articles/no-such-article-anywhere");
    expect(missing.status()).toBe(404);
    expectPublicPolicy(missing.headers(), "a 404 page");

    // Images keep their own stricter policy: no scripts at all, sandboxed.
    const media = await request.get("/media/abcdefabcdef0123.png");
    expect(media.status()).toBe(404);
    expect(media.headers()["content-security-policy"]).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    expect(media.headers()["x-content-type-options"]).toBe("nosniff");

    for (const path of ["/api/auth/csrf", "/api/auth/session", "/api/auth/providers"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectCommonHeaders(response.headers(), path);
    }
  });

  test("a static page's policy is the same for every reader (cacheable)", async ({ request }) => {
    const first = (await request.get(ARTICLE)).headers()["content-security-policy"];
    const second = (await request.get(ARTICLE)).headers()["content-security-policy"];
    expect(first).toBe(second);
  });

  test("sign-in, the dashboard and preview get a fresh nonce per request, and Next's scripts carry it", async ({ request }) => {
    const signIn1 = await request.get("/en/dashboard/sign-in");
    const signIn2 = await request.get("/en/dashboard/sign-in");
    const nonce1 = expectStaffPolicy(signIn1.headers(), "sign-in");
    const nonce2 = expectStaffPolicy(signIn2.headers(), "sign-in again");
    expect(nonce1).not.toBe(nonce2);
    const html = await signIn1.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, "every script tag carries the nonce").toContain(`nonce="${nonce1}"`);

    const staff = await apiSession(new URL(signIn1.url()).origin, "editor@example.com");
    for (const path of ["/en/dashboard", "/ar/dashboard/articles", "/en/dashboard/media"]) {
      const response = await staff.get(path);
      expect(response.status(), path).toBe(200);
      expectStaffPolicy(response.headers(), path);
    }
    const preview = await staff.get("/en/preview/no-such-variant");
    expectStaffPolicy(preview.headers(), "preview");
    await staff.dispose();
  });

  test("over https (a proxy's x-forwarded-proto) HSTS is sent", async ({ request }) => {
    for (const path of ["/en", "/en/dashboard/sign-in", "/en/feed.xml"]) {
      const response = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(response.headers()["strict-transport-security"], path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    }
  });

  test("the session cookie is HttpOnly and SameSite=Lax (Secure only on https)", async ({ baseURL }) => {
    const context = await playwrightRequest.newContext({ baseURL });
    const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "admin@example.com", password: process.env.DEMO_PASSWORD ?? "e2e-demo-password", json: "true" },
    });
    expect(response.status()).toBe(200);
    const setCookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    const session = setCookies.find((c) => c.startsWith("next-auth.session-token="));
    expect(session, "a session cookie").toBeTruthy();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
    // The e2e server runs on http://localhost (NEXTAUTH_URL http): not Secure; on https it is __Secure- and Secure.
    expect(session).not.toMatch(/;\s*Secure/i);
    for (const cookie of setCookies) expect(cookie, "every next-auth cookie is HttpOnly").toMatch(/HttpOnly/i);
    await context.dispose();
  });
});

test.describe("the policies break nothing in Chromium", () => {
  test("a public article and a debate: no CSP violation, no console error, the language switcher works", async ({ page }) => {
    const problems = await watchForViolations(page);
    await page.goto(DEBATE);
    await expect(page.locator("h1")).toBeVisible();
    await page.goto(ARTICLE);
    await expect(page.locator("h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
    // Client-side navigation needs the inline React payload and the chunks.
    await page.getByTestId("locale-switcher").getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(/\/ar\//);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });

  test("sign-in and the editor: no CSP violation, no console error, typing saves", async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    await page.goto("/en/dashboard/sign-in");
    await page.locator('input[name="email"]').fill("editor@example.com");
    await page.locator('input[name="password"]').fill(process.env.DEMO_PASSWORD ?? "e2e-demo-password");
    await page.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/en\/dashboard$/);

    await page.goto("/en/dashboard/articles/new");
    await page.getByTestId("new-article-form").locator('input[name="title"]').fill(`CSP check ${Date.now()}`);
    await page.getByTestId("new-article-form").getByRole("button").click();
    await expect(page.getByTestId("article-editor")).toBeVisible();
    await page.getByTestId("editor-body").click();
    await page.keyboard.type("Typed under a strict Content-Security-Policy.");
    await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
    // The media library: next/image thumbnails and the upload form's script.
    await page.goto("/en/dashboard/media");
    await expect(page.getByTestId("media-upload-form")).toBeVisible();
    await page.waitForLoadState("load");
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a page of the site cannot be framed by the dashboard's rules, nor the dashboard at all", async ({ page, baseURL }) => {
    // frame-ancestors 'none': the browser refuses to render the dashboard in a frame, even same-origin.
    await page.goto("/en");
    const frameLoaded = await page.evaluate(async (src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
      try {
        return Boolean(frame.contentDocument?.querySelector("input[name=email]"));
      } catch {
        return false;
      }
    }, `${baseURL}/en/dashboard/sign-in`);
    expect(frameLoaded).toBe(false);
  });
});
