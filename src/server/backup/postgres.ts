import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { run } from "./archive";

// pg_dump / pg_restore of a Postgres server. Their major version must be at
// least the server's: PATH first, then Debian's /usr/lib/postgresql/<n>/bin,
// newest first.
export function pgBinary(name: "pg_dump" | "pg_restore" | "psql"): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const candidate = path.join(root, v, "bin", name);
    if (existsSync(candidate)) return candidate;
  }
  return name; // on PATH (or a clear "could not run" error)
}

/** libpq understands these query parameters; Prisma's own (schema, connection_limit, …) it rejects. */
const LIBPQ_PARAMS = new Set([
  "sslmode", "sslcert", "sslkey", "sslrootcert", "sslpassword", "sslcrl", "application_name",
  "connect_timeout", "options", "target_session_attrs", "passfile", "channel_binding", "host", "port",
]);

export function libpqUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) parsed.searchParams.delete(key);
  return parsed.toString();
}

/** The whole database (schema, data, the migrations table) in pg_dump's custom format. */
export function dumpPostgres(url: string, file: string): void {
  run(pgBinary("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", libpqUrl(url)]);
}

/**
 * Replaces the database's objects with the dump's, in one transaction: on any
 * error nothing is changed.
 */
export function restorePostgres(url: string, file: string): void {
  run(pgBinary("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", libpqUrl(url), file]);
}
