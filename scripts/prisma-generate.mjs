// `prisma generate` without the network: the CLI insists on locating its native
// schema engine first, which it would download; generate never runs it, so any
// existing executable satisfies the check. Online this changes nothing.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
