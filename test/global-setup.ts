import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedServer } from "../src/server/database/embedded-server";
import { applyMigrations } from "../src/server/database/schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Connections per test process: 1 on PGlite, which runs one statement at a time. */
    databasePoolSize: number;
  }
}

/**
 * A fresh, migrated database for this run: a new database on the server of
 * DATABASE_URL (dropped afterwards), or an in-memory embedded PGlite when no
 * DATABASE_URL is set. Tests never touch the data folder of `npm start`.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `cms_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    project.provide("databaseUrl", url.toString());
    project.provide("databasePoolSize", 4);
    console.log(`Tests run on Postgres: ${url.host}/${name}`);
    return async () => {
      const client = new pg.Client({ connectionString: server.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  }
  const embedded = await startEmbeddedServer({ dataDir: undefined });
  await applyMigrations(embedded.url);
  project.provide("databaseUrl", embedded.url);
  project.provide("databasePoolSize", 1);
  console.log("Tests run on embedded PGlite (in memory)");
  return () => embedded.close();
}
