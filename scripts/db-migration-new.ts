// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the migrations folder to schema.prisma (like
// `prisma migrate dev --create-only`, offline, with a throw-away shadow database).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "../src/server/database/migrations-folder";
import { diffMigrationsToSchema } from "../src/server/database/schema-engine";

const name = process.argv[2]?.trim();
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (letters, digits and _)");
  process.exit(2);
}
const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log("schema.prisma and prisma/migrations already agree: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name.toLowerCase()}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate.`);
process.exit(0);
