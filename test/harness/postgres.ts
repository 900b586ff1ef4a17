import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { sleep } from "./cli";

// Databases for the suites: a fresh one on the shared server (never touched
// otherwise), or — for the Postgres-restart fault — a private cluster of our
// own, so that restarting it disturbs nobody else.

export const SHARED_SERVER = process.env.LOAD_PG_SERVER ?? "postgresql://postgres@127.0.0.1:5432";

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `server` (with or without a database name) pointing at `database`. */
function onDatabase(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh database named `<prefix>_<time>_<pid>` on `server` (any URL of that
 * server), empty or migrated; returns its URL and a drop function. The one
 * maker of throw-away databases for the benchmark and the load, fault and fuzz
 * suites (Vitest has its own in test/global-setup.ts, run by Vitest itself).
 */
export async function freshDatabase(prefix: string, server = SHARED_SERVER, { migrate = false } = {}): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = onDatabase(server, "postgres");
  await withClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = onDatabase(server, name);
  if (migrate) {
    const { applyMigrations } = await import("../../src/server/database/schema-engine");
    await applyMigrations(url);
  }
  return {
    url,
    name,
    drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/**
 * A private Postgres cluster in a temporary folder on its own port, started
 * with pg_ctl. As root, the cluster belongs to the `postgres` system user
 * (Postgres refuses to run as root).
 */
export class PrivateCluster {
  readonly dir: string;
  readonly url: string;
  private readonly asRoot = process.getuid?.() === 0;

  constructor(readonly port: number) {
    this.dir = mkdtempSync(path.join(tmpdir(), "load-pg-"));
    this.url = `postgresql://postgres@127.0.0.1:${port}`;
  }

  static available(): boolean {
    return existsSync(path.join(PG_BIN, "initdb")) && existsSync(path.join(PG_BIN, "pg_ctl"));
  }

  private run(bin: string, args: string[]) {
    const command = path.join(PG_BIN, bin);
    const result = this.asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" })
      : spawnSync(command, args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${bin} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  }

  async init(): Promise<void> {
    if (this.asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(this.dir, uid, gid);
    }
    this.run("initdb", ["-D", path.join(this.dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    await this.start();
  }

  private ctl(action: "start" | "stop" | "restart", extra: string[] = []) {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dir} -c max_connections=100 -c fsync=on`;
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-l", path.join(this.dir, "log"), "-w", "-t", "30", ...(action === "stop" ? [] : ["-o", options]), action, ...extra]);
  }

  async start(): Promise<void> {
    this.ctl("start");
    await this.ready();
  }

  /** Fast shutdown: open connections are cut, as when a database server goes away. */
  stop(): void {
    this.ctl("stop", ["-m", "fast"]);
  }

  async ready(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await withClient(`${this.url}/postgres`, (c) => c.query("SELECT 1"));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(200);
      }
    }
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
