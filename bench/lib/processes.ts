// The benchmark's private copy of the build, and the memory of the processes it
// starts (the server itself is test/harness/app.ts, shared with the load,
// fault and fuzz suites).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

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
