import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { newSignedInPage } from "./support/auth";
import { e2eDataDir } from "./support/env";

// The round trip of a WordPress move against the real app: `npm run
// import:wordpress` into the running server's database, then a reader follows
// old permalinks (one permanent redirect each) to articles whose language
// switcher links the other versions of the same group, and an admin removes
// an old URL in the dashboard.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function databaseUrl(): string {
  return process.env.DATABASE_URL ?? (JSON.parse(readFileSync(path.join(e2eDataDir, "owner.json"), "utf8")) as { url: string }).url;
}

test.describe("moving from WordPress", () => {
  test.describe.configure({ mode: "serial" });

  test("imports a Polylang export; old permalinks redirect once to linked language versions", async ({ page, request, browser }) => {
    test.setTimeout(180_000);
    // The fixture under a site and slugs of this run's own (the e2e database outlives a run).
    const dir = mkdtempSync(path.join(tmpdir(), "wp-e2e-"));
    const file = path.join(dir, "export.xml");
    writeFileSync(
      file,
      readFileSync("test/fixtures/wordpress/polylang.xml", "utf8")
        .replaceAll("rights.example.org", `rights-${run}.example.org`)
        .replaceAll("when-the-river-came", `when-the-river-came-${run}`)
        .replaceAll("quand-la-riviere-est-venue", `quand-la-riviere-est-venue-${run}`)
        .replaceAll("%d8%b9%d9%86%d8%af%d9%85%d8%a7-%d8%ac%d8%a7%d8%a1-%d8%a7%d9%84%d9%86%d9%87%d8%b1", `%d8%b9%d9%86%d8%af%d9%85%d8%a7-${run}`),
    );
    mkdirSync(path.join(dir, "uploads/2024/05"), { recursive: true });
    await sharp({ create: { width: 40, height: 20, channels: 3, background: "#3366cc" } }).png().toFile(path.join(dir, "uploads/2024/05/flood.png"));

    const result = spawnSync("npm", ["run", "--silent", "import:wordpress", "--", file, "--uploads", path.join(dir, "uploads")], {
      env: { ...process.env, DATABASE_URL: databaseUrl(), DATA_DIR: e2eDataDir },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toContain("versions: en: 2 created · fr: 1 created · ar: 1 created");

    // One permanent redirect from the old permalink (as WordPress writes it, with its trailing
    // slash, and without), and from its ?lang= and ?p= forms, to the new URL.
    for (const old of [`/2024/05/when-the-river-came-${run}/`, `/2024/05/when-the-river-came-${run}`, `/2024/05/when-the-river-came-${run}?lang=en`, "/?p=101"]) {
      const response = await request.get(old, { maxRedirects: 0 });
      expect(response.status(), old).toBe(308);
      expect(response.headers()["location"]).toMatch(new RegExp(`^(https?://[^/]+)?/en/articles/when-the-river-came-${run}$`));
    }
    const followed = await request.get(`/2024/05/when-the-river-came-${run}/`);
    expect(followed.status()).toBe(200);
    expect(followed.url()).toMatch(new RegExp(`/en/articles/when-the-river-came-${run}$`));
    // A reader following the French permalink lands on the French version, which links the English and Arabic ones.
    await page.goto(`/fr/2024/05/quand-la-riviere-est-venue-${run}/`);
    await expect(page).toHaveURL(new RegExp(`/fr/articles/quand-la-riviere-est-venue-${run}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quand la rivière est venue");
    const switcher = page.getByTestId("locale-switcher");
    await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("href", `/en/articles/when-the-river-came-${run}`);
    await switcher.getByRole("link", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText("ارتفعت المياه")).toBeVisible();

    // An admin sees the old URLs and removes one: it stops redirecting.
    const admin = await newSignedInPage(browser, "en", "admin@example.com");
    await admin.page.goto(`/en/dashboard/redirects?q=when-the-river-came-${run}`);
    const rows = admin.page.getByTestId("redirect-row");
    await expect(rows.first()).toContainText(`/2024/05/when-the-river-came-${run}`);
    const remove = admin.page.getByRole("button", { name: `Remove the redirect of /2024/05/when-the-river-came-${run}`, exact: true });
    await remove.click();
    await expect(remove).toHaveCount(0);
    // No longer ours to redirect: the locale routing's usual (temporary) redirect, not to the article.
    const after = await request.get(`/2024/05/when-the-river-came-${run}`, { maxRedirects: 0 });
    expect(after.status()).not.toBe(308);
    expect(after.headers()["location"] ?? "").not.toContain("/articles/");
    await admin.context.close();
  });
});
