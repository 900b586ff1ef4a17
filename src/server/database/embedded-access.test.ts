import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedPassword, ensureEmbeddedDatabase, releaseEmbeddedDatabase } from "./connection";
import { startEmbeddedServer } from "./embedded-server";

// The embedded database is served on loopback, which every local user can reach:
// it must ask for a password, and its files must be the owner's alone.

const mode = async (file: string) => (await stat(file)).mode & 0o777;

async function modes(dir: string): Promise<{ dirs: Set<number>; files: Set<number> }> {
  const dirs = new Set([await mode(dir)]);
  const files = new Set<number>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) dirs.add(await mode(full));
    else if (entry.isFile()) files.add(await mode(full));
  }
  return { dirs, files };
}

async function tryConnect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT 1 AS one");
    return rows[0].one as number;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("embedded database access", () => {
  const server = startEmbeddedServer({ dataDir: undefined, password: "the-right-one" });
  afterAll(async () => (await server).close());

  it("refuses a wrong or missing password, and accepts the right one", async () => {
    const { url } = await server;
    expect(new URL(url).password).toBe("the-right-one");
    const wrong = new URL(url);
    wrong.password = "guess";
    await expect(tryConnect(wrong.toString())).rejects.toThrow(/password authentication failed/);
    wrong.password = "";
    await expect(tryConnect(wrong.toString())).rejects.toThrow();
    // A refused client leaves the server working for the others.
    expect(await tryConnect(url)).toBe(1);
  });
});

describe("the embedded data folder", () => {
  let dataDir: string;
  afterAll(async () => {
    await releaseEmbeddedDatabase();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("is owner-only: folders 0700, files 0600 (PGlite's own and owner.json), with a generated password", async () => {
    dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "embedded-modes-")), "data");
    const url = await ensureEmbeddedDatabase(dataDir, async () => undefined);
    const password = await readFile(path.join(dataDir, "db-password"), "utf8");
    expect(password.trim()).toHaveLength(32);
    expect(decodeURIComponent(new URL(url).password)).toBe(password.trim());
    expect(JSON.parse(await readFile(path.join(dataDir, "owner.json"), "utf8")).url).toBe(url);
    expect(await tryConnect(url)).toBe(1);
    expect(await modes(dataDir)).toEqual({ dirs: new Set([0o700]), files: new Set([0o600]) });
    // The same password on the next start.
    expect(await embeddedPassword(dataDir)).toBe(password.trim());
    await releaseEmbeddedDatabase();
    expect((await modes(dataDir)).files).toEqual(new Set([0o600]));
  });
});
