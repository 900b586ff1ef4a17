import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDataDir, e2ePort as port } from "./e2e/support/env";
// Debian's Chromium where installed (offline machines); otherwise Playwright's own
// (`npx playwright install chromium`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The README's own start command, on its own database (a fresh embedded
    // folder, or DATABASE_URL when set), with the demo content.
    command: "npm start",
    url: `http://localhost:${port}/en`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      // Its own embedded data folder, apart from the one `npm start` uses.
      DATA_DIR: e2eDataDir,
      SEED_DEMO: "true",
      DEMO_PASSWORD: process.env.DEMO_PASSWORD ?? "e2e-demo-password",
      // Required with DATABASE_URL (CI runs the suite on Postgres too); a test-only value.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-never-used-in-production",
      NEXTAUTH_URL: `http://localhost:${port}`,
      // No proxy in front: the client address is the socket's, so a forged
      // X-Forwarded-For changes nothing. All e2e traffic comes from 127.0.0.1,
      // so the per-IP limit is raised here (its behaviour is covered by Vitest
      // against the real database) while the per-account limit stays at the
      // default 5 — e2e/auth.spec.ts hits it on an account of its own, and no
      // other test is locked out.
      TRUSTED_PROXY_HOPS: "0",
      // e2e/webhooks.spec.ts's receiver listens on loopback, which production refuses.
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true",
      AUTH_IP_MAX_FAILURES: "1000",
    },
  },
});
