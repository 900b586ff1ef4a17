import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { type RowCounts, rowCounts } from "./counts";
import { isAlive } from "../database/connection";

// The embedded database's folder can be opened by one process only
// (src/server/database/connection.ts): whoever holds DATA_DIR/owner.json owns
// it. A backup or restore takes that ownership for its few seconds, opening
// PGlite itself (no socket server), or refuses when a live process — `npm
// start` — holds it: PGlite cannot be copied consistently from outside.

export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (npm start, or a script).\n` +
        "Stop it and run this again. (npm run content:export works while the app runs.)",
    );
  }
}

export const pgdataDir = (dataDir: string) => path.join(dataDir, "pgdata");

/** Runs `fn` as the owner of the embedded database of `dataDir`, or throws EmbeddedDatabaseInUseError. */
export async function withEmbeddedOwnership<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(dataDir, { recursive: true });
  const ownerFile = path.join(dataDir, "owner.json");
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(ownerFile, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid }));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 2) throw error;
      let pid = 0;
      try {
        pid = (JSON.parse(readFileSync(ownerFile, "utf8")) as { pid: number }).pid;
      } catch {
        // being written by a process starting right now
      }
      if (pid && isAlive(pid)) throw new EmbeddedDatabaseInUseError(dataDir, pid);
      if (pid) await rm(ownerFile, { force: true }); // left by a process that died
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(ownerFile, { force: true });
  }
}

const open_ = (dataDir: string, loadDataDir?: Blob) => PGlite.create({ dataDir: pgdataDir(dataDir), extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });

/** The database folder as PGlite's own gzipped tarball (the caller owns the folder). */
export async function dumpEmbedded(dataDir: string): Promise<{ tarball: Buffer; counts: RowCounts }> {
  if (!existsSync(pgdataDir(dataDir))) throw new Error(`There is no embedded database in ${dataDir} (no pgdata folder).`);
  const db = await open_(dataDir);
  try {
    const counts = await rowCounts(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
    const file = await db.dumpDataDir("gzip");
    return { tarball: Buffer.from(await file.arrayBuffer()), counts };
  } finally {
    await db.close();
  }
}

/**
 * Replaces the embedded database of `dataDir` with a tarball from dumpEmbedded.
 * The folder it replaces is kept beside it (pgdata.before-restore-<time>) and
 * put back if the tarball does not open.
 */
export async function restoreEmbedded(dataDir: string, tarballFile: string): Promise<{ previous: string | null; counts: RowCounts }> {
  const tarball = await readFile(tarballFile);
  const target = pgdataDir(dataDir);
  const previous = existsSync(target) ? `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}` : null;
  if (previous) await rename(target, previous);
  try {
    const db = await open_(dataDir, new Blob([new Uint8Array(tarball)]));
    try {
      const counts = await rowCounts(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      return { previous, counts };
    } finally {
      await db.close();
    }
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    if (previous) await rename(previous, target);
    throw new Error(`The backup's embedded database could not be opened; nothing was changed. (${(error as Error).message})`);
  }
}
