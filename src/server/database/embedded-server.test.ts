import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedServer } from "./embedded-server";

describe("embedded PGlite over the wire protocol", () => {
  const server = startEmbeddedServer({ dataDir: undefined });
  afterAll(async () => (await server).close());

  it("keeps concurrent clients' parameterized queries and transactions apart", async () => {
    const { url } = await server;
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    await clients[0]!.query("CREATE TABLE counter (id int primary key, n int not null)");
    await clients[0]!.query("INSERT INTO counter VALUES (1, 0)");

    // Each client runs extended-protocol queries whose answers depend on their own
    // parameters, interleaved with transactions from the others.
    const work = clients.map(async (client, c) => {
      for (let i = 0; i < 25; i++) {
        const { rows } = await client.query("SELECT $1::int * 1000 + $2::int AS v", [c, i]);
        expect(rows[0].v).toBe(c * 1000 + i);
        await client.query("BEGIN");
        const before = await client.query("SELECT n FROM counter WHERE id = $1", [1]);
        await client.query("UPDATE counter SET n = $1 WHERE id = 1", [before.rows[0].n + 1]);
        await client.query("COMMIT");
      }
    });
    await Promise.all(work);
    const { rows } = await clients[0]!.query("SELECT n FROM counter WHERE id = 1");
    expect(rows[0].n).toBe(6 * 25); // no lost update: transactions did not interleave
    await Promise.all(clients.map((c) => c.end()));
  });

  it("rolls back a transaction left open by a client that disconnects", async () => {
    const { url } = await server;
    const quitter = new pg.Client({ connectionString: url });
    await quitter.connect();
    await quitter.query("CREATE TABLE IF NOT EXISTS t (x int)");
    await quitter.query("BEGIN");
    await quitter.query("INSERT INTO t VALUES (1)");
    await quitter.end();

    const other = new pg.Client({ connectionString: url });
    await other.connect();
    const { rows } = await other.query("SELECT count(*)::int AS n FROM t");
    expect(rows[0].n).toBe(0);
    await other.end();
  });
});
