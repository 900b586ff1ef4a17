import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm start` on a real database refuses to start without an auth secret —
// before it migrates, seeds or builds anything.
describe("npm start without NEXTAUTH_SECRET", () => {
  it("exits with a clear message when DATABASE_URL is set", { timeout: 60_000 }, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/never-reached", NODE_ENV: "production" };
    delete env.NEXTAUTH_SECRET;
    const tsx = path.resolve("node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, ["--conditions=react-server", "scripts/start.ts"], { env, encoding: "utf8", timeout: 50_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("NEXTAUTH_SECRET is not set");
    expect(result.stderr).toContain("openssl rand -base64 32");
    expect(result.stdout).not.toMatch(/Applied migrations|Building|Ready/);
  });
});
