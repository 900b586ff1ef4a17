// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the
// embedded database of the data folder (which migrates itself on start).
import { isEmbedded, releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { applyMigrations } from "../src/server/database/schema-engine";

const url = await resolveDatabaseUrl({ migrate: applyMigrations });
const applied = isEmbedded() ? [] : await applyMigrations(url);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
await releaseEmbeddedDatabase();
