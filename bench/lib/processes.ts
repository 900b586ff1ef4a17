// Child processes of the benchmark: the production server (a private copy of the build, start, stop) and
// their memory. Only processes this run started are ever stopped, by their pid.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

/**
 * A private copy of the build to serve from: `.next` is shared by everyone working in
 * this checkout, and a `next build` started meanwhile would pull it from under the
 * running servers. The sources and node_modules are linked, `.next` (without its
 * cache) is copied. Waits for a build in progress elsewhere to finish.
 */
export async function snapshotBuild(dir: string): Promise<string> {
  const buildId = path.join(".next", "BUILD_ID");
  for (let attempt = 0; ; attempt++) {
    const deadline = Date.now() + 600_000;
    while (!existsSync(buildId) || existsSync(path.join(".next", "lock"))) {
      if (Date.now() > deadline) throw new Error("no .next/BUILD_ID after 10 minutes");
      await new Promise((r) => setTimeout(r, 2000));
    }
    const id = readFileSync(buildId, "utf8");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of ["node_modules", "package.json", "next.config.ts", "public", "messages", "src", "scripts", "prisma", "prisma.config.ts", "tsconfig.json"]) {
      if (existsSync(name)) symlinkSync(path.resolve(name), path.join(dir, name));
    }
    try {
      // Not the caches: pages other servers of this checkout rendered (from other databases) would be served as ours.
      const skip = [path.join(".next", "cache"), path.join(".next", "dev"), path.join(".next", "server", "route-cache")];
      cpSync(".next", path.join(dir, ".next"), { recursive: true, filter: (src) => !skip.some((s) => src.startsWith(s)) });
      if (existsSync(buildId) && readFileSync(buildId, "utf8") === id) return dir;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
    if (attempt >= 5) throw new Error(".next keeps changing (someone is building): try again");
  }
}

export interface AppServer {
  port: number;
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first page answered 200. */
  coldStartMs: number;
  output(): string;
  stop(): Promise<void>;
}

/** The production server (scripts/serve.mjs, what `npm start` runs) on `port`, timed to its first page. */
export async function startApp(appDir: string, port: number, env: Record<string, string>, firstPage: string): Promise<AppServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port)], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: "production", SEED_DEMO: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on :${port} exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`server on :${port} gave no page in 120 s:\n${output}`);
    const status = await fetch(url + firstPage).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (status >= 500) throw new Error(`server on :${port} answered ${status} for ${firstPage}:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const coldStartMs = performance.now() - started;
  const server: AppServer = {
    port,
    url,
    child,
    coldStartMs,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
  return server;
}

/** Resident memory (MB) of a process and all its descendants. */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** Samples a process tree's RSS every 250 ms until stopped; returns the peak. */
export function rssSampler(pid: number) {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 250);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRssMb(pid));
  };
}
