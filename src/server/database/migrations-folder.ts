import "server-only";
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import pg from "pg";

// The migrations folder as Prisma lays it out (prisma/migrations/<timestamp>_<name>/migration.sql).

export const SCHEMA_PATH = path.resolve(/* turbopackIgnore: true */ process.cwd(), "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");

export async function readMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const migrationDirectories = [];
  for (const name of entries.sort()) {
    if (!(await stat(path.join(dir, name))).isDirectory()) continue;
    const file = path.join(dir, name, "migration.sql");
    const content = await readFile(file, "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Names in the migrations folder not yet recorded as applied: a cheap check
 * (one query, no engine) so a process start needn't load the wasm engine.
 */
export async function pendingMigrations(url: string): Promise<string[]> {
  const { migrationDirectories } = await readMigrationList();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.name));
    return migrationDirectories.map((d) => d.path).filter((name) => !applied.has(name));
  } catch {
    return migrationDirectories.map((d) => d.path); // no migrations table yet
  } finally {
    await client.end();
  }
}

