import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { sleep } from "./cli";
import { buildIsStale } from "../../scripts/build-state";

// The production app as `npm start` runs it, in its steps, for every perf and
// fault suite (the benchmark, the load test, faults, fuzz), so a suite can
// kill -9 the Next server itself and start it again: migrate the database
// (`npm run db:migrate`), seed the demo debate and staff accounts (`npm run
// db:seed -- --accounts`, with DEMO_PASSWORD), build when the sources are newer
// than the build (as scripts/start.ts decides), then serve with
// scripts/serve.mjs under NODE_ENV=production — from this checkout or from a
// private copy of its build (snapshotBuild, bench/lib/processes.ts).

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "load-demo-password";
const tsx = path.join("node_modules", ".bin", "tsx");
export const resultsDir = path.join("test", "load", "results");

export interface AppOptions {
  port: number;
  databaseUrl: string;
  dataDir: string;
  /** Serve the existing build even when sources are newer (a build rewrites .next for everyone). */
  reuseBuild?: boolean;
  env?: Record<string, string>;
  logName: string;
  /** Folder of the app to serve (default: this checkout). */
  cwd?: string;
  /** Folder of the server's log (default: test/load/results). */
  logDir?: string;
  /** The page whose first 200 means "started" (default: /en). */
  firstPage?: string;
  /** Host name in baseURL (default: localhost). */
  host?: string;
}

function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}


/** Someone else's `next build` rewrites the shared .next: wait for it rather than race it. */
export async function waitForOtherBuilds(timeoutMs = 600_000): Promise<void> {
  const building = () =>
    spawnSync("ps", ["-eo", "args"], { encoding: "utf8" })
      .stdout.split("\n")
      .some((line) => /next(\/dist\/bin\/next)? build/.test(line) && !line.includes("npm run"));
  const deadline = Date.now() + timeoutMs;
  let said = false;
  while (building() && Date.now() < deadline) {
    if (!said) console.log("(waiting for a `next build` in progress to finish…)");
    said = true;
    await sleep(2000);
  }
}

export class App {
  private child: ChildProcess | null = null;
  readonly baseURL: string;
  readonly env: NodeJS.ProcessEnv;
  /** Milliseconds from the last start() to the first page answered 200. */
  coldStartMs = 0;
  private readonly log: ReturnType<typeof createWriteStream>;
  private readonly logFile: string;

  constructor(readonly options: AppOptions) {
    this.baseURL = `http://${options.host ?? "localhost"}:${options.port}`;
    const logDir = options.logDir ?? resultsDir;
    mkdirSync(logDir, { recursive: true });
    mkdirSync(options.dataDir, { recursive: true });
    this.logFile = path.join(logDir, `${options.logName}-app.log`);
    this.log = createWriteStream(this.logFile, { flags: "w" });
    this.env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      MEDIA_DIR: path.join(options.dataDir, "media"),
      DEMO_PASSWORD,
      NEXTAUTH_SECRET: "load-suite-secret-never-used-in-production",
      NEXTAUTH_URL: `http://localhost:${options.port}`,
      TRUSTED_PROXY_HOPS: "0",
      // As scripts/start.ts runs the server.
      MALLOC_ARENA_MAX: "2",
      // Every simulated client comes from 127.0.0.1 (per-account limits still apply).
      AUTH_IP_MAX_FAILURES: "100000",
      ...options.env,
    };
  }

  /** Migrate, seed the demo content and staff accounts, build if needed. */
  async prepare(): Promise<void> {
    runStep("db:migrate", tsx, ["--conditions=react-server", "scripts/db-migrate.ts"], this.env);
    runStep("db:seed", tsx, ["--conditions=react-server", "scripts/db-seed.ts", "--accounts"], this.env);
    await waitForOtherBuilds();
    if (buildIsStale()) {
      if (this.options.reuseBuild && existsSync(path.join(".next", "BUILD_ID"))) {
        console.log("(serving the existing build although sources are newer: --reuse-build)");
      } else {
        console.log("Building the app (npm run build)…");
        runStep("build", "npm", ["run", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
      }
    }
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the Next server (scripts/serve.mjs) and waits until the first page answers 200. */
  async start(timeoutMs = 120_000): Promise<void> {
    if (!this.options.cwd) await waitForOtherBuilds();
    const started = performance.now();
    const child = spawn(process.execPath, [path.join("scripts", "serve.mjs"), "--port", String(this.options.port)], {
      cwd: this.options.cwd,
      env: { ...this.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    // Never outlive the suite (a crash of the suite must not leave a server behind).
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    child.once("exit", () => process.off("exit", killOnExit));
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    child.on("exit", () => {
      if (this.child === child) this.child = null;
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`The app exited during start; see ${this.logFile}`);
      let status = 0;
      try {
        const response = await fetch(`${this.baseURL}${this.options.firstPage ?? "/en"}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        // not listening yet
      }
      if (status === 200) {
        this.coldStartMs = performance.now() - started;
        return;
      }
      if (status >= 500) throw new Error(`The app answered ${status} during start; see ${this.logFile}`);
      await sleep(100);
    }
    throw new Error("The app did not answer within the time allowed");
  }

  /** kill -9: no shutdown handler runs, in-flight requests die with the process. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }

  close(): void {
    this.log.end();
  }
}
