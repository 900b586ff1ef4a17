// `npm start` (and `npm run dev` with --dev): everything a fresh clone needs to
// serve the site. Without DATABASE_URL it owns the embedded database, migrates
// it, seeds the demo debate and staff accounts, builds when the sources changed,
// then runs Next with the database URL. With DATABASE_URL it migrates that
// database and seeds demo content only when SEED_DEMO=true (staff accounts only
// when DEMO_PASSWORD is set too: never accounts with unknown passwords on a real database).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { embeddedDataDir, isEmbedded, releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { pendingMigrations } from "../src/server/database/migrations-folder";
import { applyMigrations } from "../src/server/database/schema-engine";
import { db } from "../src/server/db";
import { seedDemo } from "../src/server/seed/demo";
import { buildIsStale } from "./build-state";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const embedded = isEmbedded();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const authSecret = resolveAuthSecret();

const url = await resolveDatabaseUrl({ migrate: applyMigrations });
if (!embedded && (await pendingMigrations(url)).length > 0) {
  console.log(`Applied migrations: ${(await applyMigrations(url)).join(", ")}`);
}

if (process.env.SEED_DEMO ? process.env.SEED_DEMO === "true" : embedded) {
  // Demo staff accounts: on the embedded demo, or wherever DEMO_PASSWORD is set
  // explicitly (the end-to-end suite runs on Postgres too).
  const accounts = embedded || Boolean(process.env.DEMO_PASSWORD);
  const report = await seedDemo(db, { accounts, password: process.env.DEMO_PASSWORD });
  if (report.createdArticles) console.log(`Seeded the demo debate: ${report.createdArticles} articles, ${report.createdVariants} language versions.`);
  if (report.createdAccounts.length) {
    console.log("\nDemo staff accounts (shown this once — note them):");
    for (const a of report.createdAccounts) console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(24)} ${a.password}`);
    console.log(`To start again from scratch: stop the app and delete ${path.relative(process.cwd(), embeddedDataDir())}/\n`);
  }
}
await db.$disconnect();

if (!dev && buildIsStale()) {
  console.log("Building the app (first start, or the sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) await exit(build.status ?? 1);
}

// Production runs scripts/serve.mjs (Next's handler, with the client's real
// address in X-Forwarded-For); development runs Next's own dev server.
const serverArgs = dev ? [nextBin, "dev", "--port", port] : [path.join("scripts", "serve.mjs"), "--port", port];
const child = spawn(process.execPath, serverArgs, {
  stdio: ["inherit", "pipe", "inherit"],
  env: {
    ...env,
    ...(dev ? {} : { NODE_ENV: "production" }),
    DATABASE_URL: url,
    NEXTAUTH_SECRET: authSecret,
    // The embedded database runs one statement at a time: one connection per process.
    ...(embedded ? { DATABASE_POOL_SIZE: "1" } : {}),
    // glibc gives each of the image optimizer's threads its own malloc arena and
    // keeps what a resize freed: four large resizes left 1.2 GB resident, with
    // two arenas it fell back to ~280 MB (measured with sharp 0.35 on this build).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
  },
});
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (/Ready in|started server|✓ Ready/i.test(chunk.toString())) {
    console.log(`\n  Polyglot Press is running: http://localhost:${port}/en`);
    console.log(`  Staff dashboard:            http://localhost:${port}/en/dashboard\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => void exit(code ?? 0));

async function exit(code: number): Promise<never> {
  await releaseEmbeddedDatabase();
  process.exit(code);
}

/**
 * The key that signs and encrypts session tokens. With DATABASE_URL it must be
 * configured (every instance needs the same one). On the embedded demo it is
 * generated once and kept in the data folder, so sessions survive restarts.
 */
function resolveAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!embedded) {
    console.error(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL the app needs a secret for its session tokens,\n" +
        "the same on every instance: e.g. export NEXTAUTH_SECRET=$(openssl rand -base64 32)",
    );
    process.exit(1);
  }
  const file = path.join(embeddedDataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(embeddedDataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

