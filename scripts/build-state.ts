import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What a production build is made from: a change to any of these makes it stale. */
const BUILD_INPUTS = ["src", "messages", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json"];

/**
 * A build is needed when there is none, or a source is newer than it. One rule
 * for `npm start`, the benchmark and the load suites.
 */
export function buildIsStale(root = "."): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newer = (p: string): boolean => {
    if (!existsSync(p)) return false;
    const s = statSync(p);
    // Tests beside the code are no part of the build.
    if (!s.isDirectory()) return !/\.test\.tsx?$/.test(p) && s.mtimeMs > built;
    return readdirSync(p).some((name) => newer(path.join(p, name)));
  };
  return BUILD_INPUTS.some((input) => newer(path.join(root, input)));
}
