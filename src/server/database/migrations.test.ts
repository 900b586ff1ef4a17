import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { MIGRATIONS_DIR, SCHEMA_PATH, readMigrationList } from "./migrations-folder";
import { diffMigrationsToSchema } from "./schema-engine";

// Replaying the migrations in the wasm engine takes seconds, more on a busy machine.
describe("migrations", { timeout: 120_000 }, () => {
  it("prisma/migrations builds exactly the database schema.prisma describes (no drift)", async () => {
    const drift = await diffMigrationsToSchema();
    expect(drift, "schema.prisma changed without a migration: run npm run db:migration:new -- <name>").toBe("");
  });

  const scratch = mkdtemp(path.join(os.tmpdir(), "schema-drift-"));
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));

  it("detects a schema change that has no migration", async () => {
    const dir = await scratch;
    const schema = (await readFile(SCHEMA_PATH, "utf8")).replace(
      "model Author {\n",
      "model Author {\n  website String?\n",
    );
    await writeFile(path.join(dir, "schema.prisma"), schema);
    await cp(MIGRATIONS_DIR, path.join(dir, "migrations"), { recursive: true });

    const drift = await diffMigrationsToSchema(path.join(dir, "schema.prisma"), path.join(dir, "migrations"));
    expect(drift).toContain('ALTER TABLE "Author" ADD COLUMN     "website" TEXT');
  });

  it("records applied migrations as `prisma migrate deploy` does (name + sha256 checksum)", async () => {
    const { migrationDirectories } = await readMigrationList();
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
    for (const [i, dir] of migrationDirectories.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, dir.path, "migration.sql"));
      expect(rows[i]!.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(rows[i]!.finished_at).toBeInstanceOf(Date);
    }
  });
});
