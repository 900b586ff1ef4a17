import "server-only";
import { spawnSync } from "node:child_process";

/** Runs a program, throwing its own error output when it fails (the user sees pg_dump's or tar's words). */
export function run(program: string, args: string[], { env }: { env?: NodeJS.ProcessEnv } = {}): string {
  const result = spawnSync(program, args, { encoding: "utf8", env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${program} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}): ${result.stderr.trim() || result.stdout.trim()}`);
  return result.stdout;
}

/** A tar archive of `entries` (paths relative to `dir`). Plain tar: what is inside is compressed already. */
export function packTar(file: string, dir: string, entries: string[]): void {
  run("tar", ["-cf", file, "-C", dir, ...entries]);
}

export function extractTar(file: string, dir: string): void {
  run("tar", ["-xf", file, "-C", dir, "--no-same-owner"]);
}

export function listTar(file: string): string[] {
  return run("tar", ["-tf", file]).split("\n").filter(Boolean);
}
