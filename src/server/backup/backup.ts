import "server-only";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { extractTar, listTar, packTar, run } from "./archive";
import { type Query, type RowCounts, rowCounts } from "./counts";
import { dumpEmbedded, restoreEmbedded, withEmbeddedOwnership } from "./embedded";
import { dumpPostgres, restorePostgres } from "./postgres";

// A backup is one tar file:
//   manifest.json          what it holds (format, kind of database, row counts)
//   database.pgdump        Postgres: pg_dump --format=custom
//   pgdata.tar.gz          embedded: PGlite's dumpDataDir() of DATA_DIR/pgdata
//   <media folder>/…       the uploaded files (MEDIA_DIR)
// A backup restores into the same kind of database it came from; to move
// between Postgres and the embedded database use content:export / content:import.

export const BACKUP_FORMAT = "polyglot-press-backup";

export type DatabaseKind = "postgres" | "embedded";

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  database: DatabaseKind;
  /** The archive entry holding the database. */
  databaseEntry: "database.pgdump" | "pgdata.tar.gz";
  /** The archive folder holding the media files, or null when there were none. */
  mediaEntry: string | null;
  mediaFiles: number;
  counts: RowCounts;
}

async function withPg<T>(url: string, fn: (query: Query) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

async function countFiles(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
}

export interface BackupTarget {
  /** Postgres URL; undefined = the embedded database of dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  mediaDir: string;
}

/** Writes a backup of the database and the media folder to `file`. */
export async function createBackup(file: string, target: BackupTarget): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "pp-backup-"));
  try {
    let database: DatabaseKind;
    let counts: RowCounts;
    if (target.databaseUrl) {
      database = "postgres";
      counts = await withPg(target.databaseUrl, rowCounts);
      dumpPostgres(target.databaseUrl, path.join(staging, "database.pgdump"));
    } else {
      database = "embedded";
      const dumped = await withEmbeddedOwnership(target.dataDir, () => dumpEmbedded(target.dataDir));
      counts = dumped.counts;
      await writeFile(path.join(staging, "pgdata.tar.gz"), dumped.tarball);
    }
    const mediaFiles = await countFiles(target.mediaDir);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      database,
      databaseEntry: database === "postgres" ? "database.pgdump" : "pgdata.tar.gz",
      mediaEntry: mediaFiles > 0 ? path.basename(target.mediaDir) : null,
      mediaFiles,
      counts,
    };
    if (manifest.mediaEntry && ["manifest.json", manifest.databaseEntry].includes(manifest.mediaEntry)) {
      throw new Error(`The media folder's name (${manifest.mediaEntry}) clashes with the backup's own entries.`);
    }
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const partial = `${path.resolve(file)}.partial`;
    packTar(partial, staging, ["manifest.json", manifest.databaseEntry]);
    if (manifest.mediaEntry) {
      // Appended from the media folder's parent, without copying the files first.
      run("tar", ["-rf", partial, "-C", path.dirname(target.mediaDir), manifest.mediaEntry]);
    }
    await cp(partial, path.resolve(file));
    await rm(partial, { force: true });
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export class BackupError extends Error {}

/** Reads and checks a backup's manifest. */
export async function readBackupManifest(file: string, dir: string): Promise<BackupManifest> {
  if (!existsSync(file)) throw new BackupError(`No backup at ${file}.`);
  let entries: string[];
  try {
    entries = listTar(file);
  } catch {
    throw new BackupError(`${file} is not a backup (not a tar archive).`);
  }
  if (!entries.includes("manifest.json")) throw new BackupError(`${file} is not a backup of this app (no manifest.json).`);
  extractTar(file, dir);
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== 1) throw new BackupError(`${file} is not a backup this version can read (format ${manifest.format} v${manifest.version}).`);
  return manifest;
}

/** Whether the target database holds any content or accounts (restore asks before replacing them). */
export async function targetCounts(target: BackupTarget): Promise<RowCounts | null> {
  if (!target.databaseUrl) return null; // embedded: the old folder is kept aside, nothing is lost
  return withPg(target.databaseUrl, (query) => rowCounts(query).catch(() => null));
}

/**
 * Restores a backup over the target database, and copies its media files into
 * the media folder (existing files are kept: keys are never reused).
 */
export async function restoreBackup(file: string, target: BackupTarget): Promise<{ manifest: BackupManifest; counts: RowCounts; previous: string | null }> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "pp-restore-"));
  try {
    const manifest = await readBackupManifest(path.resolve(file), staging);
    const kind: DatabaseKind = target.databaseUrl ? "postgres" : "embedded";
    if (manifest.database !== kind) {
      throw new BackupError(
        `This backup is of ${manifest.database === "postgres" ? "a Postgres database" : "the embedded database"}, and the target is ` +
          `${kind === "postgres" ? "Postgres (DATABASE_URL)" : "the embedded database"}. Restore it where it came from, ` +
          "or move content between the two with npm run content:export / content:import.",
      );
    }
    const dump = path.join(staging, manifest.databaseEntry);
    let counts: RowCounts;
    let previous: string | null = null;
    if (target.databaseUrl) {
      restorePostgres(target.databaseUrl, dump);
      counts = await withPg(target.databaseUrl, rowCounts);
    } else {
      const restored = await withEmbeddedOwnership(target.dataDir, () => restoreEmbedded(target.dataDir, dump));
      counts = restored.counts;
      previous = restored.previous;
    }
    if (manifest.mediaEntry) {
      await mkdir(target.mediaDir, { recursive: true });
      await cp(path.join(staging, manifest.mediaEntry), target.mediaDir, { recursive: true, force: false, errorOnExist: false });
    }
    return { manifest, counts, previous };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
