import { expect, request as playwrightRequest, test } from "@playwright/test";
import { apiSession, DEMO_PASSWORD as PASSWORD, newSignedInPage, signIn } from "./support/auth";
import { callAction, serverActions } from "./support/server-actions";

// Staff sign-in, sessions, the users admin, and the server-side gate: direct
// POSTs to every server action and to the auth route handler, with no cookie,
// a translator's cookie, a foreign Origin and an x-middleware-subrequest
// header, must change nothing and leak nothing.
//
// Rate limiting: the e2e server keeps the default 5 attempts per account from
// one address but raises the per-address limit (playwright.config.ts), because
// every test comes from 127.0.0.1. The rate-limit test uses an account of its own.

const ADMIN = { email: "admin@example.com", name: "Ada Admin" };
const EDITOR = { email: "editor@example.com", name: "Eddie Editor" };
const TRANSLATOR = { email: "translator@example.com", name: "Tamar Translator" };
const run = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;




test.describe("sign-in and sign-out", () => {
  test("in English: a wrong password is refused, the admin signs in, sees Users, signs out", async ({ page }) => {
    await page.goto("/en/dashboard");
    await expect(page).toHaveURL(/\/en\/dashboard\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();

    await signIn(page, "en", ADMIN.email, "not-the-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is not correct.");
    // An unknown email gets the very same message.
    await signIn(page, "en", `nobody-${run}@example.com`, "not-the-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is not correct.");

    await signIn(page, "en", ADMIN.email);
    await expect(page).toHaveURL(/\/en\/dashboard$/);
    await expect(page.getByTestId("dashboard-identity")).toHaveText(`Signed in as ${ADMIN.name} (Administrator)`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("navigation", { name: "Dashboard navigation" }).getByRole("link", { name: "Users" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/dashboard\/sign-in\?reason=signed-out$/);
    await expect(page.getByTestId("sign-in-notice")).toHaveText("You have been signed out.");
    await page.goto("/en/dashboard");
    await expect(page).toHaveURL(/\/en\/dashboard\/sign-in/);
  });

  test("in Arabic: the sign-in page and the dashboard are right-to-left and in Arabic", async ({ page }) => {
    await page.goto("/ar/dashboard/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { name: "تسجيل دخول فريق العمل" })).toBeVisible();

    await signIn(page, "ar", EDITOR.email);
    await expect(page).toHaveURL(/\/ar\/dashboard$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByTestId("dashboard-identity")).toContainText("مسجّل الدخول باسم");
    await expect(page.getByTestId("dashboard-identity")).toContainText("محرر");
    // Editors manage content, not users: no Users link.
    await expect(page.getByRole("link", { name: "المستخدمون" })).toHaveCount(0);

    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await expect(page).toHaveURL(/\/ar\/dashboard\/sign-in\?reason=signed-out$/);
    await expect(page.getByTestId("sign-in-notice")).toHaveText("تم تسجيل خروجك.");
  });

  test("a forged or stale session cookie gets the sign-in page (the gate is the server, not the proxy)", async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "next-auth.session-token", value: "forged", url: baseURL! }]);
    const page = await context.newPage();
    const response = await page.goto("/en/dashboard/users");
    await expect(page).toHaveURL(/\/en\/dashboard\/sign-in\?reason=expired$/);
    await expect(page.getByTestId("sign-in-notice")).toHaveText("Your session has ended. Please sign in again.");
    expect(await response!.text()).not.toContain(ADMIN.email);
    await context.close();
  });
});

test.describe("sessions end on the server", () => {
  test("after sign-out the old cookie opens nothing; 'sign out everywhere' ends the other browsers too", async ({ browser }) => {
    const first = await newSignedInPage(browser, "en", EDITOR.email);
    const second = await newSignedInPage(browser, "en", EDITOR.email);
    const before = await first.context.cookies();

    await first.page.getByRole("button", { name: "Sign out" }).click();
    await expect(first.page).toHaveURL(/\/en\/dashboard\/sign-in\?reason=signed-out$/);
    // The cookie from before sign-out, replayed in a fresh browser: the sign-in page.
    const replay = await browser.newContext();
    await replay.addCookies(before);
    const replayed = await replay.newPage();
    await replayed.goto("/en/dashboard");
    await expect(replayed).toHaveURL(/\/en\/dashboard\/sign-in\?reason=expired$/);
    await replay.close();

    // The second browser was still signed in; signing out everywhere from a third ends it.
    await second.page.reload();
    await expect(second.page).toHaveURL(/\/en\/dashboard$/);
    const third = await newSignedInPage(browser, "en", EDITOR.email);
    await third.page.getByTestId("sign-out-everywhere").click();
    await expect(third.page).toHaveURL(/\/en\/dashboard\/sign-in\?reason=signed-out$/);
    await second.page.reload();
    await expect(second.page).toHaveURL(/\/en\/dashboard\/sign-in\?reason=expired$/);
    for (const s of [first, second, third]) await s.context.close();
  });
});

test.describe("roles", () => {
  test("a translator cannot reach the users admin: told so (403) or 404 for an account, and no data in the response", async ({ browser }) => {
    const { context, page } = await newSignedInPage(browser, "en", TRANSLATOR.email);
    await expect(page.getByTestId("dashboard-identity")).toHaveText(`Signed in as ${TRANSLATOR.name} (Translator)`);
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

    for (const [url, status] of [["/en/dashboard/users", 403], ["/he/dashboard/users", 403], ["/en/dashboard/users/some-user-id", 404]] as const) {
      const response = await page.goto(url);
      expect(response!.status(), url).toBe(status);
      const html = await response!.text();
      expect(html).not.toContain(ADMIN.email);
      expect(html).not.toContain(EDITOR.email);
    }
    await context.close();
  });

  test("an admin creates a user with a generated password; disabling them ends their session", async ({ browser }) => {
    const email = `new-translator-${run}@example.com`;
    const admin = await newSignedInPage(browser, "en", ADMIN.email);
    await admin.page.goto("/en/dashboard/users");
    const form = admin.page.getByTestId("create-user-form");
    await form.getByLabel("Name").fill("Nour Newcomer");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption("TRANSLATOR");
    await form.getByLabel("العربية").check();
    await form.getByRole("button", { name: "Create user" }).click();
    const password = (await form.getByTestId("generated-password").textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await expect(admin.page.getByTestId("users-table")).toContainText(email);

    const translator = await newSignedInPage(browser, "en", email, password);
    await expect(translator.page.getByTestId("dashboard-identity")).toContainText("Nour Newcomer");

    await admin.page.getByTestId("users-table").getByRole("link", { name: "Nour Newcomer" }).click();
    await admin.page.getByRole("button", { name: "Disable" }).click();
    await expect(admin.page.getByText("Account disabled: their sessions have ended.")).toBeVisible();
    // Recorded in the audit log, shown on the user's page.
    await admin.page.reload();
    await expect(admin.page.getByTestId("user-history")).toContainText("Account disabled");
    await expect(admin.page.getByTestId("user-history")).toContainText(`Account created by ${ADMIN.name}`);

    await translator.page.goto("/en/dashboard");
    await expect(translator.page).toHaveURL(/\/en\/dashboard\/sign-in\?reason=expired$/);
    await admin.context.close();
    await translator.context.close();
  });
});

test.describe("brute force", () => {
  test("the 6th wrong password gets the rate-limit message, and then even the right one is refused with 429", async ({ browser, baseURL }) => {
    const email = `rate-limited-${run}@example.com`;
    const ownPassword = "a-password-for-this-test";
    // An account of its own, made through the users admin.
    const admin = await apiSession(baseURL!, ADMIN.email);
    const created = await callAction(admin, baseURL!, "createUserAction", [{ name: "Rate Limited", email, role: "EDITOR", password: ownPassword }]);
    expect(created).toContain('"ok":true');
    await admin.dispose();

    // Browser and API client on one address (localhost may be ::1 for one, 127.0.0.1 for the other).
    const sameAddress = baseURL!.replace("localhost", "127.0.0.1");
    const context = await browser.newContext({ baseURL: sameAddress });
    const page = await context.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, "en", email, `wrong-${attempt}`);
      await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is not correct.");
    }
    await signIn(page, "en", email, "wrong-6");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Too many failed attempts. Try again in 15 minutes.");
    // The right password from the same address: still refused (the limit is this
    // account from this address; the owner's own address is not touched by it).
    await signIn(page, "en", email, ownPassword);
    await expect(page.getByTestId("sign-in-error")).toHaveText("Too many failed attempts. Try again in 15 minutes.");

    // The right password from the same client claiming another address (a forged
    // X-Forwarded-For, with no trusted proxy): still this address, still 429.
    const api = await playwrightRequest.newContext({ baseURL: sameAddress });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: ownPassword, json: "true" },
      headers: { "X-Forwarded-For": "203.0.113.99" },
    });
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    await api.dispose();
    await context.close();
  });
});

// --- Direct POSTs ------------------------------------------------------------







/** The users list as the admin sees it, plus the admin's and translator's ids. */
async function usersAsAdmin(baseURL: string) {
  const admin = await apiSession(baseURL, ADMIN.email);
  const html = await (await admin.get("/en/dashboard/users")).text();
  await admin.dispose();
  const idOf = (name: string) => new RegExp(`/en/dashboard/users/([a-z0-9]+)"[^>]*>(?:<bdi>)?${name}`).exec(html)?.[1];
  return { html, adminId: idOf(ADMIN.name)!, translatorId: idOf(TRANSLATOR.name)! };
}

test.describe("direct POSTs change nothing and leak nothing", () => {
  test("every server action and the auth route handler, with no cookie, a translator's cookie, a foreign Origin, x-middleware-subrequest", async ({ baseURL }) => {
    const actions = serverActions();
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["createUserAction", "updateUserAction", "setUserDisabledAction", "resetUserPasswordAction"]));

    const before = await usersAsAdmin(baseURL!);
    expect(before.adminId).toBeTruthy();
    expect(before.translatorId).toBeTruthy();
    const hostileEmail = `hostile-${run}@evil.test`;
    // Arguments that would each do damage if accepted.
    const hostile: Record<string, unknown[]> = {
      createUserAction: [{ name: "Hostile", email: hostileEmail, role: "ADMIN", password: "hostile-password-123" }],
      updateUserAction: [{ id: before.translatorId, name: "Pwned", role: "ADMIN" }],
      setUserDisabledAction: [{ id: before.adminId, disabled: true }],
      resetUserPasswordAction: [{ id: before.adminId, password: "attacker-chosen-password" }],
    };
    const argsFor = (name: string) => hostile[name] ?? [{ id: before.adminId }];

    const anonymous = await playwrightRequest.newContext({ baseURL });
    // A cookie the proxy lets through (it only checks presence): the action itself must refuse.
    const forged = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Cookie: "next-auth.session-token=forged" } });
    const translator = await apiSession(baseURL!, TRANSLATOR.email);
    const admin = await apiSession(baseURL!, ADMIN.email);
    const subrequest = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware:src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" };

    for (const action of actions) {
      const args = argsFor(action.name);
      const noCookie = await callAction(anonymous, baseURL!, action.name, args, {}, action);
      expect(noCookie, `${action.name} without a cookie`).not.toContain('"ok":true');
      const forgedCookie = await callAction(forged, baseURL!, action.name, args, {}, action);
      expect(forgedCookie, `${action.name} with a forged cookie`).not.toContain('"ok":true');
      const bypass = await callAction(forged, baseURL!, action.name, args, subrequest, action);
      expect(bypass, `${action.name} with x-middleware-subrequest`).not.toContain('"ok":true');
      // Ending one's own sessions is every signed-in person's right (and would end the
      // translator's session for the rest of this loop): it is refused only without one.
      const ownAccountOnly = action.name === "signOutEverywhereAction";
      const asTranslator = ownAccountOnly ? "(not asked)" : await callAction(translator, baseURL!, action.name, args, {}, action);
      expect(asTranslator, `${action.name} as a translator`).not.toContain('"ok":true');
      // The admin's own cookie, but the request comes from another site (CSRF): Next refuses it.
      const foreign = await callAction(admin, baseURL!, action.name, args, { Origin: "https://evil.example" }, action);
      expect(foreign, `${action.name} from a foreign Origin`).not.toContain('"ok":true');
      for (const body of [noCookie, forgedCookie, bypass, asTranslator, foreign]) {
        expect(body).not.toContain(ADMIN.email);
        expect(body).not.toContain("passwordHash");
      }
      if (action.name in hostile) {
        expect(forgedCookie, action.name).toContain('"error":"unauthenticated"');
        expect(bypass).toContain('"error":"unauthenticated"');
        expect(asTranslator).toContain('"error":"forbidden"');
      }
    }

    // The auth route handler: a sign-in POST without next-auth's CSRF token, or from
    // another site, sets no session; the session endpoint tells a stranger nothing.
    const headerSets: Record<string, string>[] = [{}, subrequest, { Origin: "https://evil.example" }];
    for (const headers of headerSets) {
      const signInPost = await anonymous.post("/api/auth/callback/credentials", {
        form: { email: ADMIN.email, password: PASSWORD, json: "true" },
        headers,
        maxRedirects: 0,
      });
      expect(signInPost.headers()["set-cookie"] ?? "").not.toContain("session-token");
      const session = await anonymous.get("/api/auth/session", { headers });
      expect(await session.json()).toEqual({});
      // Pages behind the dashboard: redirected to sign-in, no data.
      const page = await anonymous.get("/en/dashboard/users", { headers, maxRedirects: 0 });
      expect([303, 307, 308]).toContain(page.status());
      expect(await page.text()).not.toContain(ADMIN.email);
    }
    // The session endpoint never exposes roles or token internals to the client.
    const own = await (await translator.get("/api/auth/session")).json();
    expect(Object.keys(own.user ?? {})).toEqual(["name"]);

    await anonymous.dispose();
    await forged.dispose();
    await translator.dispose();
    await admin.dispose();

    // Nothing changed: no hostile account, the translator is still a translator with
    // their name, the admin is enabled and still signs in with the same password.
    const after = await usersAsAdmin(baseURL!);
    expect(after.html).not.toContain(hostileEmail);
    expect(after.html).toContain(TRANSLATOR.name);
    expect(after.html).not.toContain("Pwned");
    const row = (name: string) => new RegExp(`${name}</bdi></a>(?:.(?!</tr>))*`).exec(after.html)?.[0] ?? "";
    expect(row(TRANSLATOR.name)).toContain("Translator");
    expect(row(ADMIN.name)).toContain("Active");
  });
});
