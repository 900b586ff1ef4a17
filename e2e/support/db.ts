import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { e2eDataDir } from "./env";

/**
 * Direct access to the e2e server's database, for fixtures the UI cannot make
 * yet and for checking that hostile requests changed nothing.
 */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url =
    process.env.DATABASE_URL ??
    (JSON.parse(readFileSync(path.join(e2eDataDir, "owner.json"), "utf8")) as { url: string }).url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
