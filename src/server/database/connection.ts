import "server-only";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { chmod, mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { startEmbeddedServer } from "./embedded-server";
import { pendingMigrations } from "./migrations-folder";

/** Where the embedded database keeps its files (when there is no DATABASE_URL). */
export function embeddedDataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? ".data");
}

export function isEmbedded(): boolean {
  return !process.env.DATABASE_URL;
}

let resolved: Promise<string> | undefined;
let ownedClose: (() => Promise<void>) | undefined;

/** Stops the embedded database if this process owns it (scripts call this before exiting). */
export async function releaseEmbeddedDatabase(): Promise<void> {
  const close = ownedClose;
  ownedClose = undefined;
  resolved = undefined;
  await close?.();
}

export type Migrator = (url: string) => Promise<unknown>;

/**
 * The database URL every process uses: DATABASE_URL when set, otherwise the
 * embedded PGlite of the data folder, started on first use and migrated by
 * `migrate` (Prisma's schema engine; scripts and tests pass it). The app server
 * never migrates: it gets its URL from `npm start`, or finds the database
 * already migrated.
 */
export function resolveDatabaseUrl({ migrate }: { migrate?: Migrator } = {}): Promise<string> {
  if (process.env.DATABASE_URL) return Promise.resolve(process.env.DATABASE_URL);
  resolved ??= ensureEmbeddedDatabase(embeddedDataDir(), migrate);
  return resolved;
}

interface OwnerRecord {
  pid: number;
  url?: string;
}

/** Whether process `pid` still runs (ours to signal or not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function canConnect(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * PGlite is one process's database: two processes opening the same folder
 * corrupt it. So the first process to need it becomes its owner and serves it
 * on loopback; the owner file names that process and its URL, and every other
 * process (scripts, the app server, tests) connects to that URL instead.
 */
export async function ensureEmbeddedDatabase(dataDir: string, migrate: Migrator | undefined): Promise<string> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const ownerFile = path.join(dataDir, "owner.json");
  const deadline = Date.now() + 60_000;

  while (Date.now() < deadline) {
    let handle;
    try {
      // Owner-only: the URL in it carries the database password.
      handle = await open(ownerFile, "wx", 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = await readFile(ownerFile, "utf8")
        .then((text) => JSON.parse(text) as OwnerRecord)
        .catch(() => null);
      if (owner && !isAlive(owner.pid)) {
        await rm(ownerFile, { force: true });
        continue;
      }
      if (owner?.url && (await canConnect(owner.url))) return owner.url;
      await sleep(200); // the owner is still starting, or the file is being written
      continue;
    }

    // We are the owner.
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid } satisfies OwnerRecord));
      await handle.close();
      await chmod(dataDir, 0o700);
      const server = await startEmbeddedServer({
        dataDir: path.join(dataDir, "pgdata"),
        port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
        password: await embeddedPassword(dataDir),
      });
      const pending = await pendingMigrations(server.url);
      if (pending.length > 0) {
        if (!migrate) throw new Error(`The embedded database needs migrating (${pending.join(", ")}): run npm start or npm run db:migrate.`);
        await migrate(server.url);
      }
      await writeFile(ownerFile, JSON.stringify({ pid: process.pid, url: server.url } satisfies OwnerRecord), { mode: 0o600 });
      releaseOnExit(ownerFile, server.close);
      ownedClose = async () => {
        await server.close();
        rmOwnerFileSync(ownerFile);
      };
      return server.url;
    } catch (error) {
      await rm(ownerFile, { force: true });
      throw error;
    }
  }
  throw new Error(`Timed out waiting for the embedded database in ${dataDir}`);
}

/**
 * The embedded database's password: generated on first start, kept in
 * `DATA_DIR/db-password` (0600) so it survives restarts; every other process
 * learns it from owner.json (0600 too).
 */
export async function embeddedPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "db-password");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) {
    await chmod(file, 0o600);
    return existing.trim();
  }
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: "w" });
  return password;
}

function releaseOnExit(ownerFile: string, close: () => Promise<void>) {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    // Close PGlite cleanly so its files are consistent, then exit as the signal asked.
    close()
      .catch(() => undefined)
      .finally(() => {
        rmOwnerFileSync(ownerFile);
        process.kill(process.pid, signal);
      });
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, shutdown);
  process.once("exit", () => rmOwnerFileSync(ownerFile));
}

function rmOwnerFileSync(ownerFile: string) {
  try {
    const owner = JSON.parse(readFileSync(ownerFile, "utf8")) as OwnerRecord;
    if (owner.pid === process.pid) rmSync(ownerFile, { force: true });
  } catch {
    // already gone
  }
}
